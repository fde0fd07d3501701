/// One message in a batch, for one recipient group.
public struct MailJob: Hashable, Sendable {
  /// The recipient group's id, e.g. `health`: it names the log record and the `.eml` draft, and
  /// goes into the `Message-ID`, so it must be the same on every run.
  public var group: String
  /// The message to send.
  public var message: MailMessage

  /// A job for a recipient group.
  public init(group: String, message: MailMessage) {
    self.group = group
    self.message = message
  }
}
