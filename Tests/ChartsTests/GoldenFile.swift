import Foundation

/// A golden text file: what a test's output must be, committed beside the tests and rewritten
/// when `BOARDPACK_UPDATE_GOLDEN=1` is set (look at the diff before committing it).
struct GoldenFile {
  /// `Tests/ChartsTests/Golden/`.
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")
  /// Whether this run rewrites the golden files instead of comparing with them.
  static let updating = ProcessInfo.processInfo.environment["BOARDPACK_UPDATE_GOLDEN"] == "1"

  let name: String
  var url: URL { Self.folder.appendingPathComponent(name) }

  /// Compares `text` with the file, or writes it when updating; returns what differs, in
  /// words, or nil when they agree.
  func check(_ text: String) throws -> String? {
    let actual = text.hasSuffix("\n") ? text : text + "\n"
    if Self.updating {
      try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: url)
      return nil
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      return "\(url.path) is missing; run with BOARDPACK_UPDATE_GOLDEN=1 to write it"
    }
    return Self.difference(expected: expected, actual: actual).map {
      "\(url.path) differs (BOARDPACK_UPDATE_GOLDEN=1 rewrites it):\n\($0)"
    }
  }

  /// The first `limit` lines that differ, numbered from 1, each as the file has it (`-`) and
  /// as drawn (`+`), and the line counts when they differ; nil when the texts are equal.
  static func difference(expected: String, actual: String, limit: Int = 5) -> String? {
    guard expected != actual else { return nil }
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var lines: [String] = []
    for index in 0..<max(old.count, new.count) where lines.count < 2 * limit {
      let a = index < old.count ? String(old[index]) : nil
      let b = index < new.count ? String(new[index]) : nil
      guard a != b else { continue }
      lines.append("line \(index + 1) - \(a ?? "(no line)")")
      lines.append("line \(index + 1) + \(b ?? "(no line)")")
    }
    if old.count != new.count {
      lines.append("\(old.count) lines in the file, \(new.count) drawn")
    }
    return lines.joined(separator: "\n")
  }
}
