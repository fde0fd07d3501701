import Foundation

/// A message as bytes on the wire, with what the SMTP envelope and the send log need.
public struct EncodedMessage: Hashable, Sendable {
  /// `<...@domain>`, as in the `Message-ID:` header.
  public var messageID: String
  /// The envelope sender (`MAIL FROM`).
  public var sender: String
  /// The envelope recipients (`RCPT TO`), in the order of the `To:` header.
  public var recipients: [String]
  /// The RFC 5322 message with CRLF line ends.
  public var bytes: Data

  /// Writes the message to a `.eml` file (for `--dry-run`), creating the folder if needed.
  ///
  /// The write is atomic, so a file that exists is a whole message.
  /// - Throws: `FileError` naming the path.
  public func writeEML(to path: String) throws {
    try Files.createFolder((path as NSString).deletingLastPathComponent)
    try Files.writeAtomically(bytes, to: path)
  }
}
