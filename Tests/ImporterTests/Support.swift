import Foundation
import TestSupport

/// A temporary copy of the repository's example pack, and paths to the test exports; tests
/// never touch the repository's own pack.
struct PackCopy {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  /// The real Fingertips export (Tests/Fixtures/fingertips/README.md).
  static let fingertips = root.appendingPathComponent(
    "Tests/Fixtures/fingertips/ft_90284_utla_2022-23.csv"
  ).path

  let directory: String

  init() throws {
    directory = TestFolder.path("import").path
    try FileManager.default.copyItem(
      atPath: Self.root.appendingPathComponent("Indicators").path, toPath: directory)
  }

  func text(_ relative: String) throws -> String {
    try String(contentsOfFile: "\(directory)/\(relative)", encoding: .utf8)
  }

  /// Writes an export into the copy's folder (outside the pack's own sub-folders).
  func export(_ name: String, _ text: String) throws -> String {
    let path = "\(directory)/../\(UUID().uuidString)-\(name)"
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  /// The real export with some text replaced, written beside the copy.
  func editedFingertips(_ edit: (String) -> String) throws -> String {
    let text = try String(contentsOfFile: Self.fingertips, encoding: .utf8)
    return try export("ft.csv", edit(text))
  }

  /// Diagnostics without the temporary folder, as a user would read them for `export.csv`.
  static func shown(_ text: String, file: String) -> String {
    text.replacingOccurrences(of: file, with: "export.csv")
  }
}
