import IndicatorModel

/// The named steps of `boardpack email`, in the order `PartnerMail.run` takes them: six for the
/// run, then render → compose → send → log for each partner.
///
/// A failed step of the run stops it with an `EmailFailure` naming the step. A partner's summary
/// that cannot be rendered is an `EmailFailure` naming `render` in that partner's outcome, and
/// the others still go. Sending and logging are `Mailer`'s, whose outcome for the partner says
/// which failed: `failed` (send), `sentNotLogged` (log) or `stopped` (after another's log).
public enum EmailStep: String, CaseIterable, PipelineStep {
  /// Load and check the pack, and assess it at the reporting period.
  case loadPack = "load the pack"
  /// Every partner in partners.yaml, or the one the request names.
  case choosePartners = "choose the partners"
  /// The SMTP server, sender and credentials; for a dry run, the sender alone.
  case settings = "resolve the SMTP settings"
  /// The email templates: the built-in ones, replaced file by file from the templates folder.
  case templates = "load the templates"
  /// Lock the send folder for the whole run, so two runs never send at once.
  case lock = "lock the send folder"
  /// Copy the records of the logs where earlier versions kept them into the send log.
  case carryOver = "copy the earlier send logs"
  /// Render a partner's summary PDF.
  case render = "render the summary"
  /// Make a partner's message from the templates, with the summary attached.
  case compose = "compose the message"
  /// Send a partner's message, or write it as a draft (a dry run).
  case send = "send the message"
  /// Record a message sent in the send log, on disk before the next one is sent.
  case log = "record it in the send log"
}
