import Foundation
import Templating

/// The templates and style sheets the dashboard is rendered with, each with the file it came
/// from, so an error can name it.
///
/// The defaults are the files in the repository's `Templates/`, compiled into boardpack (see
/// `DefaultTemplates`), so `boardpack build` works from any folder. A folder given with
/// `--templates DIR` replaces the defaults file by file: a file it lacks keeps the default.
public struct TemplateSet: Sendable {
  /// One template or style sheet: its text and where it came from.
  public struct File: Sendable, Hashable {
    /// The file name in a templates folder: `page.mustache`, `screen.css`.
    public var name: String
    /// The text.
    public var text: String
    /// The path printed in errors: `Templates/page.mustache`, or `page.mustache (built in)`.
    public var origin: String

    /// Whether it is one of boardpack's own (not read from a templates folder).
    public var isBuiltIn: Bool { origin.hasSuffix(TemplateSet.builtInMark) }

    /// Creates a file from its name, text and origin.
    public init(name: String, text: String, origin: String) {
      self.name = name
      self.text = text
      self.origin = origin
    }
  }

  /// The Mustache templates, by partial name (the file name without `.mustache`).
  public static let templateNames = [
    "page", "headline", "matrix", "changes", "exceptions", "tiles", "scorecard", "indicator",
    "actions", "key",
  ]
  /// The style sheets, included raw into the page.
  public static let styleNames = ["screen.css", "print.css"]

  /// Every file, by file name.
  public var files: [String: File]

  /// Creates a set from files by name.
  public init(files: [String: File]) {
    self.files = files
  }

  /// What ends the origin of a built-in file.
  static let builtInMark = " (built in)"

  /// The built-in defaults (the repository's `Templates/` at build time).
  public static var defaults: TemplateSet {
    var files: [String: File] = [:]
    for (name, text) in DefaultTemplates.files {
      files[name] = File(name: name, text: text, origin: name + builtInMark)
    }
    return TemplateSet(files: files)
  }

  /// The defaults, each replaced by the file of the same name in `folder` when it has one.
  /// Reading a file that exists but cannot be read is an error naming it.
  public static func loading(from folder: URL?) throws -> TemplateSet {
    var set = defaults
    guard let folder else { return set }
    for name in templateNames.map({ $0 + ".mustache" }) + styleNames {
      let url = folder.appendingPathComponent(name)
      guard FileManager.default.fileExists(atPath: url.path) else { continue }
      let data: Data
      do {
        data = try Data(contentsOf: url)
      } catch {
        throw TemplateError(
          origin: url.relativePath, line: nil, column: nil, message: "cannot be read: \(error)")
      }
      guard let text = String(data: data, encoding: .utf8) else {
        throw TemplateError(
          origin: url.relativePath, line: nil, column: nil, message: "is not UTF-8 text")
      }
      set.files[name] = File(name: name, text: text, origin: url.relativePath)
    }
    return set
  }

  /// The file for a name; every name in `templateNames` and `styleNames` has one.
  func file(_ name: String) -> File {
    files[name] ?? File(name: name, text: "", origin: name)
  }
}
