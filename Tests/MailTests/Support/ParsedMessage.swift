import Foundation

/// A message as Python's `email` package reads it (`Fixtures/parse_message.py`).
struct ParsedMessage: Decodable {
  struct Attachment: Decodable {
    let filename: String?
    let content_type: String
    let disposition: String?
    let base64: String
  }

  let subject: String
  let from: String
  let from_addresses: [String]
  let from_names: [String]
  let to_addresses: [String]
  let to_names: [String]
  let date: String
  let message_id: String
  let mime_version: String
  let content_type: String
  let header_names: [String]
  let crlf_only: Bool
  let max_line_length: Int
  let max_header_line_length: Int
  let defects: [String]
  let parts: [String]
  let text: String?
  let html: String?
  let attachments: [Attachment]

  /// Parses a message file.
  static func read(_ url: URL) throws -> ParsedMessage {
    let json = try ProcessRunner.run(Fixtures.python, [Fixtures.parser.path, url.path])
    return try JSONDecoder().decode(ParsedMessage.self, from: json)
  }

  /// Parses message bytes (written to a scratch file first).
  static func read(_ bytes: Data) throws -> ParsedMessage {
    let folder = try Fixtures.temporaryFolder("parse")
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent("message.eml")
    try bytes.write(to: url)
    return try read(url)
  }
}
