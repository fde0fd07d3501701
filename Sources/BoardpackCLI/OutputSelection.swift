import ArgumentParser
import Foundation
import PackBuilder

/// `build --format`: the outputs to write, named in a comma-separated list (`pdf,summaries`).
///
/// Each name is an `OutputKind`, so an unknown one is a usage error that lists the valid
/// names. Spaces around a name are ignored, and so are empty items (`json,,pdf`).
struct OutputSelection: ExpressibleByArgument, Equatable {
  /// The outputs named.
  var kinds: Set<OutputKind>

  /// Every output: what a build writes without `--format`.
  static let all = OutputSelection(kinds: Set(OutputKind.allCases))

  init(kinds: Set<OutputKind>) {
    self.kinds = kinds
  }

  /// The list as given to `--format`; nil when a name is not an output.
  init?(argument: String) {
    var kinds: Set<OutputKind> = []
    for name in argument.split(separator: ",") {
      guard let kind = OutputKind(argument: name.trimmingCharacters(in: .whitespaces)) else {
        return nil
      }
      kinds.insert(kind)
    }
    self.kinds = kinds
  }

  /// Shown as the default in the help: `all`.
  var defaultValueDescription: String {
    self == .all
      ? "all" : OutputKind.allCases.filter(kinds.contains).map(\.rawValue).joined(separator: ",")
  }

  /// The names a list may hold, for the help and for the error that an unknown name causes.
  static var allValueStrings: [String] { OutputKind.allValueStrings }
}
