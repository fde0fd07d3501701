import Foundation
import IndicatorModel

/// An email to send: who from and to, the subject, a text and an HTML body, and attachments.
///
/// Nothing is checked when the value is made; `encoded()` validates every header field and
/// refuses line breaks and other control characters, so a name, subject or file name can never
/// add a header of its own.
public struct MailMessage: Hashable, Sendable {
  /// The `From:` mailbox; its address is also the SMTP envelope sender.
  public var from: Mailbox
  /// The `To:` mailboxes; their addresses are the SMTP envelope recipients.
  public var to: [Mailbox]
  /// Any Unicode text; non-ASCII is written as RFC 2047 encoded words.
  public var subject: String
  /// The `Date:` header. Passed in, so that the same inputs give the same bytes.
  public var date: Date
  /// The plain-text alternative.
  public var textBody: String
  /// The HTML alternative (a whole document or a fragment).
  public var htmlBody: String
  /// Files attached after the bodies, in order.
  public var attachments: [MailAttachment]

  /// A message; see the properties for what each part means.
  public init(
    from: Mailbox, to: [Mailbox], subject: String, date: Date, textBody: String,
    htmlBody: String, attachments: [MailAttachment] = []
  ) {
    self.from = from
    self.to = to
    self.subject = subject
    self.date = date
    self.textBody = textBody
    self.htmlBody = htmlBody
    self.attachments = attachments
  }
}
