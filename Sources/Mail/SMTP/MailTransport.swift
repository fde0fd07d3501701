/// Something that delivers encoded messages; the `Mailer` sends through one.
///
/// `SMTPTransport` is the real one. The protocol lets the CLI (and tests of the batch logic) put
/// another in its place without changing the batch.
public protocol MailTransport: Sendable {
  /// Delivers one message to all of its envelope recipients, or throws.
  func deliver(_ message: EncodedMessage) throws
}
