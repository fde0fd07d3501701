extension EmailCommand {
  /// `boardpack email --help`'s discussion: what the command does, where the log, drafts and
  /// lock live, and where the SMTP settings come from.
  static let discussion = """
    For each partner in partners.yaml (or the one named by --partner), renders its summary \
    PDF and sends it, with a text and HTML message from Templates/email/, to its recipients. \
    Messages are recorded in Output/<pack-id>/email/<period-slug>/sent.jsonl, outside the \
    period folder that a build replaces, so a rebuild never causes a resend. A partner \
    already recorded there for the pack and period (or in the period folder's \
    email/sent.jsonl, where earlier versions kept the log) is not sent again unless --resend \
    is given, so a re-run after a failure sends only what did not go out. A failure for one \
    partner is reported and the others still go; the exit status is 1 if any failed.

    Each record is flushed to disk before the next partner is sent. When a record cannot be \
    written (a full disk), sending stops: that partner is reported as sent but not recorded, \
    with the line to add to the log by hand, and the rest as not sent.

    Only one email command at a time may use a pack's period: it locks \
    Output/<pack-id>/email/<period-slug>/.lock, and a second one stops at once naming the \
    first. The lock goes with the process, even a killed one.

    A message's Message-ID depends only on the pack, period, partner and summary PDF, so a \
    re-run after an uncertain failure (a time-out after the message went) sends the same one \
    and mail systems that de-duplicate drop the copy; --resend sends a new message with a \
    new Message-ID.

    Server, sender and credentials come from the options below or from the environment \
    variables BOARDPACK_SMTP_URL, BOARDPACK_SMTP_FROM, BOARDPACK_SMTP_USER, \
    BOARDPACK_SMTP_PASSWORD, BOARDPACK_SMTP_CA_FILE and BOARDPACK_SMTP_SECURITY — never from \
    the pack. The password is never printed.

    --dry-run writes Output/<pack-id>/email/<period-slug>/<partner-id>.eml and sends \
    nothing; it needs no SMTP settings (without a sender it uses \
    boardpack@no-sender.invalid, a reserved domain that cannot receive mail).
    """
}
