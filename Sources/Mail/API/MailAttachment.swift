import Crypto
import Foundation

/// A file attached to a message, given as bytes and the name the recipient sees.
public struct MailAttachment: Hashable, Sendable {
  /// The name shown to the recipient; any Unicode, but no control characters.
  public var fileName: String
  /// `type/subtype`, e.g. `application/pdf`.
  public var contentType: String
  /// The file's bytes, sent base64-encoded and received unchanged.
  public var data: Data

  /// An attachment; the content type defaults to PDF, the only kind boardpack sends.
  public init(fileName: String, contentType: String = "application/pdf", data: Data) {
    self.fileName = fileName
    self.contentType = contentType
    self.data = data
  }

  /// The SHA-256 of the bytes as lower-case hex, as the send log records it.
  public var sha256: String {
    SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
  }
}
