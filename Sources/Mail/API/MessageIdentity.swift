import Crypto
import Foundation

/// What a batch message's `Message-ID` is derived from, and nothing else: the pack, the
/// period, the recipient group and the attachments' bytes (their SHA-256).
///
/// Not the date nor anything else that changes between runs, so that when a send's outcome is
/// uncertain (a time-out after the message was handed over, a record that could not be written)
/// the automatic re-run sends the same `Message-ID`, and a receiving system that de-duplicates
/// by it drops the copy. A deliberate resend (`resend`) is a new message with a new id.
public struct MessageIdentity: Hashable, Sendable {
  /// The pack's id.
  public var pack: String
  /// The reporting period's label.
  public var period: String
  /// The recipient group's id (`MailJob.group`).
  public var group: String
  /// Lower-case hex SHA-256 of each attachment, in order.
  public var attachments: [String]
  /// Nil for a first send and its automatic re-runs; for a deliberate resend, how many records
  /// the log already has for this group, pack and period, so each resend differs.
  public var resend: Int?

  /// An identity; see the properties.
  public init(
    pack: String, period: String, group: String, attachments: [String], resend: Int? = nil
  ) {
    self.pack = pack
    self.period = period
    self.group = group
    self.attachments = attachments
    self.resend = resend
  }

  /// `<boardpack.HASH@domain>`, the hash over the identity's fields only.
  public func messageID(domain: String) -> String {
    var hash = SHA256()
    let fields =
      ["boardpack-message-id-1", pack, period, group] + attachments
      + [resend.map { "resend \($0)" } ?? "first"]
    for field in fields {
      hash.update(data: Data(field.utf8))
      hash.update(data: Data([0]))
    }
    let hex = hash.finalize().map { String(format: "%02x", $0) }.joined()
    return "<boardpack.\(hex.prefix(32))@\(domain)>"
  }
}
