import ArgumentParser
import Foundation

/// Options the commands that write into the output folder share (`build`, `email`): where
/// packs are written, and the templates that replace the built-in ones.
struct OutputOptions: ParsableArguments {
  @OptionGroup var comparison: ComparisonOptions

  /// `--output`.
  var output: String { comparison.output }

  @Option(
    help: ArgumentHelp(
      "Templates for index.html (build) and email/*.mustache (email); a file missing here is taken from the built-in set (default: Templates if it exists).",
      valueName: "DIR"))
  var templates: String?

  /// `--templates`, else `Templates/` when the current folder has one, else none (built in).
  var templateFolder: String? { Self.templateFolder(given: templates) }

  /// The folder given, else `Templates/` when the current folder has one, else none.
  static func templateFolder(given: String?) -> String? {
    if let given { return given }
    return isFolder("Templates") ? "Templates" : nil
  }

  /// A `--templates` that names no folder is a usage error.
  func validateTemplates() throws {
    if let templates, !Self.isFolder(templates) {
      throw ValidationError("--templates \(templates): no such folder")
    }
  }

  static func isFolder(_ path: String) -> Bool {
    var isFolder: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
      && isFolder.boolValue
  }
}

/// Where the packs are, and which earlier pack this one is compared with ("What changed since
/// the last pack"): the commands that assess a pack share these.
struct ComparisonOptions: ParsableArguments {
  @Option(help: ArgumentHelp("Where packs are written.", valueName: "DIR"))
  var output: String = "Output"

  @Option(
    help: ArgumentHelp(
      "The period folder of the pack to compare with (default: the latest earlier period built into the output folder).",
      valueName: "DIR"))
  var since: String?
}
