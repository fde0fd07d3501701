import IndicatorModel
import Mail

/// How the messages leave: through an SMTP server, or as drafts when `settings` is nil.
struct Delivery {
  /// The server, sender and credentials; nil for a dry run.
  let settings: SMTPSettings?
  /// The `From:` mailbox.
  let sender: Mailbox
}
