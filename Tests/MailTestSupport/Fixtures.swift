import Foundation
import TestSupport

/// Paths of the Python helpers the mail tests share (`Tests/Fixtures/mail`), and a scratch
/// folder per test.
///
/// MailTests and the CLI's end-to-end tests both deliver to the same real SMTP server and read
/// messages back with the same parser, so the helpers live in this one test-support target.
public enum Fixtures {
  /// `Tests/Fixtures/mail`, found from this file's path so tests run from any directory.
  public static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/mail")

  /// Debian's own Python, which has python3-aiosmtpd (see scripts/setup.sh); a pyenv `python3`
  /// on PATH would not.
  public static let python = "/usr/bin/python3"

  /// The aiosmtpd server script.
  public static let server = folder.appendingPathComponent("smtp_server.py")
  /// The message parser script (Python's `email` package, printing JSON).
  public static let parser = folder.appendingPathComponent("parse_message.py")

  /// A fresh empty folder, removed when the test process exits.
  public static func temporaryFolder(_ label: String) throws -> URL {
    try TestFolder.make("mail-\(label)")
  }
}
