import Foundation

/// One line of the send log: a message that the server accepted.
public struct SendRecord: Codable, Hashable, Sendable {
  /// An attachment as it was sent: its name and the SHA-256 of its bytes.
  public struct Attachment: Codable, Hashable, Sendable {
    /// The file name the recipient saw.
    public var fileName: String
    /// Lower-case hex SHA-256 of the bytes.
    public var sha256: String

    /// An attachment entry.
    public init(fileName: String, sha256: String) {
      self.fileName = fileName
      self.sha256 = sha256
    }

    enum CodingKeys: String, CodingKey {
      case fileName = "file_name"
      case sha256
    }
  }

  /// The pack's id.
  public var pack: String
  /// The reporting period's label, e.g. `2013/14 Q4`.
  public var period: String
  /// The recipient group's id, e.g. `health`. Written as `partner`, its name in every send log
  /// so far: logs already on disk must still read.
  public var group: String
  /// The envelope recipients' addresses.
  public var recipients: [String]
  /// The `Message-ID:` header, for finding the message in the server's logs.
  public var messageID: String
  /// What was attached.
  public var attachments: [Attachment]
  /// When the server accepted the message; written as ISO 8601 UTC.
  public var sentAt: Date

  /// A record; see the properties.
  public init(
    pack: String, period: String, group: String, recipients: [String], messageID: String,
    attachments: [Attachment], sentAt: Date
  ) {
    self.pack = pack
    self.period = period
    self.group = group
    self.recipients = recipients
    self.messageID = messageID
    self.attachments = attachments
    self.sentAt = sentAt
  }

  enum CodingKeys: String, CodingKey {
    case pack, period
    case group = "partner"
    case recipients, attachments
    case messageID = "message_id"
    case sentAt = "sent_at"
  }
}
