import Crypto
import Foundation
import IndicatorModel

/// An input file's text, with the path used in diagnostics and what the manifest records.
struct TextFile {
  /// The path as the user would type it (`Indicators/pack.yaml`).
  let path: String
  let text: String
  /// The SHA-256 and size of the bytes read, for `manifest.json`.
  let digest: FileBytes

  /// Reads a file as UTF-8 text without its byte-order mark; reports why it could not.
  static func read(path: String, log: DiagnosticLog) -> TextFile? {
    guard let data = FileManager.default.contents(atPath: path) else {
      log.error("cannot read the file", at: SourceLocation(file: path))
      return nil
    }
    guard var text = String(data: data, encoding: .utf8) else {
      log.error("the file is not UTF-8 text", at: SourceLocation(file: path))
      return nil
    }
    // Spreadsheet programs write a BOM at the start of UTF-8 files; it is not content.
    if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
    return TextFile(path: path, text: text, digest: FileBytes(data))
  }
}

/// A file's size and SHA-256 in lower-case hex.
struct FileBytes: Sendable, Hashable {
  let sha256: String
  let count: Int

  init(_ data: Data) {
    sha256 = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    count = data.count
  }
}
