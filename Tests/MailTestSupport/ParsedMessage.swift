import Foundation

/// A message as Python's `email` package reads it (`Fixtures/parse_message.py`).
public struct ParsedMessage: Decodable, Sendable {
  /// An attached file as Python decoded it.
  public struct Attachment: Decodable, Sendable {
    /// The file name (RFC 2231 decoded).
    public let filename: String?
    /// `type/subtype`.
    public let content_type: String
    /// `attachment` or `inline`.
    public let disposition: String?
    /// The decoded bytes, base64 again for JSON.
    public let base64: String
  }

  /// The subject, RFC 2047 decoded.
  public let subject: String
  /// The `From:` header as text.
  public let from: String
  /// The `From:` addresses.
  public let from_addresses: [String]
  /// The `From:` display names.
  public let from_names: [String]
  /// The `To:` addresses.
  public let to_addresses: [String]
  /// The `To:` display names.
  public let to_names: [String]
  /// The `Date:` header.
  public let date: String
  /// The `Message-ID:` header.
  public let message_id: String
  /// The `MIME-Version:` header.
  public let mime_version: String
  /// `type/subtype`.
  public let content_type: String
  /// Every top-level header name, in order.
  public let header_names: [String]
  /// Whether every line ends CRLF.
  public let crlf_only: Bool
  /// The longest line, in bytes.
  public let max_line_length: Int
  /// The longest header line, in bytes.
  public let max_header_line_length: Int
  /// Python's parser defects (empty for a well-formed message).
  public let defects: [String]
  /// The content type of every part, depth first.
  public let parts: [String]
  /// The plain-text body (LF line ends).
  public let text: String?
  /// The HTML body (LF line ends).
  public let html: String?
  /// The attachments, in order.
  public let attachments: [Attachment]

  /// Parses a message file.
  public static func read(_ url: URL) throws -> ParsedMessage {
    let json = try ProcessRunner.run(Fixtures.python, [Fixtures.parser.path, url.path])
    return try JSONDecoder().decode(ParsedMessage.self, from: json)
  }

  /// Parses message bytes (written to a scratch file first).
  public static func read(_ bytes: Data) throws -> ParsedMessage {
    let folder = try Fixtures.temporaryFolder("parse")
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent("message.eml")
    try bytes.write(to: url)
    return try read(url)
  }
}
