import Foundation
import IndicatorModel
import PackLoader
import TestSupport

/// A pack written to a fresh temporary folder: the starter pack (which loads cleanly), with
/// files replaced, added or removed by the test.
struct TestPack {
  let directory: String

  init(
    replacing replacements: [String: String] = [:], removing removals: [String] = [],
    editing edits: [String: (String) -> String] = [:]
  ) throws {
    directory = TestFolder.path("pack").path
    try StarterPack.write(to: directory)
    for path in removals { try FileManager.default.removeItem(atPath: "\(directory)/\(path)") }
    for (path, edit) in edits {
      let text = try String(contentsOfFile: "\(directory)/\(path)", encoding: .utf8)
      try write(path, edit(text))
    }
    for (path, contents) in replacements { try write(path, contents) }
  }

  func write(_ path: String, _ contents: String) throws {
    let url = URL(fileURLWithPath: "\(directory)/\(path)")
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(contents.utf8).write(to: url)
  }

  /// Loads the pack; diagnostics are written with paths relative to the pack folder.
  func load() -> (pack: Pack?, lines: [String]) {
    let result = PackLoader.load(from: directory)
    let lines = result.diagnostics.map {
      $0.description.replacingOccurrences(of: directory + "/", with: "")
    }
    try? FileManager.default.removeItem(atPath: directory)
    return (result.pack, lines)
  }

  /// The starter's data with rows appended; the first appended row is line 40.
  static func dataAppending(_ rows: String...) -> [String: (String) -> String] {
    ["data/quarterly.csv": { $0 + rows.joined(separator: "\n") + "\n" }]
  }

  /// A starter file with one piece of text replaced.
  static func edit(_ path: String, _ old: String, _ new: String) -> [String: (String) -> String] {
    [path: { $0.replacingOccurrences(of: old, with: new) }]
  }
}
