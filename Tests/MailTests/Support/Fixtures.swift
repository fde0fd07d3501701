import Foundation

/// Paths of the Python helpers beside the tests, and a scratch folder per test.
enum Fixtures {
  /// `Tests/MailTests/Fixtures`, found from this file's path so tests run from any directory.
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures")

  /// Debian's own Python, which has python3-aiosmtpd (see scripts/setup.sh); a pyenv `python3`
  /// on PATH would not.
  static let python = "/usr/bin/python3"

  static let server = folder.appendingPathComponent("smtp_server.py")
  static let parser = folder.appendingPathComponent("parse_message.py")

  /// A fresh empty folder under the system's temporary folder.
  static func temporaryFolder(_ label: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("boardpack-mail-\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
