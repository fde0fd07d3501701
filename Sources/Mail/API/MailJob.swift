/// One partner's message in a batch.
public struct MailJob: Hashable, Sendable {
  /// The partner's id; names the log record and the `.eml` file.
  public var partner: String
  /// The message to send.
  public var message: MailMessage

  /// A job for a partner.
  public init(partner: String, message: MailMessage) {
    self.partner = partner
    self.message = message
  }
}
