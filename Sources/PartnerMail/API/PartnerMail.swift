import IndicatorModel
import Mail

/// `boardpack email`: each partner's summary PDF, in a message from the email templates, sent
/// over SMTP and recorded in the send log, or written as an `.eml` draft (design §6.5).
public enum PartnerMail {
  /// The sender of a dry run without one: `.invalid` is reserved (RFC 2606) and never receives
  /// mail, so a draft written with it cannot be mistaken for, or sent as, a real message.
  public static let draftSender = Mailbox(address: "boardpack@no-sender.invalid")

  /// Emails each partner its summary, one named step after another (`EmailStep`).
  ///
  /// The run stops, sending nothing, when the pack has errors, no partner fits, a setting is
  /// missing, a template is broken, another run holds the send folder or a send log cannot be
  /// read. After that one partner's failure never stops the others, except that a record the
  /// send log cannot write stops sending (`Mailer`).
  /// - Parameter progress: each partner's outcome (and a note of records copied from earlier
  ///   send logs) as soon as it is known, on the calling thread.
  /// - Throws: the failure that stopped the run, with its step.
  public static func run(
    _ request: EmailRequest, progress: (EmailProgress) -> Void = { _ in }
  ) throws(EmailFailure) -> EmailResult {
    let session = try EmailStep.loadPack.perform { () throws(EmailFailure) in
      try EmailSession(request)
    }
    let partners = try EmailStep.choosePartners.perform { () throws(EmailFailure) in
      try session.partners()
    }
    // Settings first: a missing setting stops the run before any PDF is drawn.
    let delivery = try EmailStep.settings.perform { () throws(EmailFailure) in
      try session.delivery()
    }
    let templates = try EmailStep.templates.perform { () throws(EmailFailure) in
      try session.templates()
    }
    // Held until the run ends: nothing below may run in two processes at once.
    let lock = try EmailStep.lock.perform { () throws(EmailFailure) in try session.lock() }
    defer { withExtendedLifetime(lock) {} }
    let log = session.folder.sendLog()
    if delivery.settings != nil {
      let note = try EmailStep.carryOver.perform { () throws(EmailFailure) in
        try session.carryOver(log)
      }
      if let note { progress(note) }
    }
    // Render → compose for every partner at once, then send → log one after another.
    let messages = session.messages(for: partners, templates: templates, sender: delivery.sender)
    let outcomes = session.deliver(messages, by: delivery, log: log, progress: progress)
    return EmailResult(outcomes: outcomes, settings: delivery.settings)
  }
}
