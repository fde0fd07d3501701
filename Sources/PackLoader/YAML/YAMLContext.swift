import IndicatorModel
import Yams

/// Where a YAML reader reports to: the file's path and the shared log.
struct YAMLContext {
  let path: String
  let log: DiagnosticLog

  func location(of node: Node) -> SourceLocation {
    let mark = node.mark
    return SourceLocation(
      file: path, line: max(1, mark?.line ?? 1), column: max(1, mark?.column ?? 1))
  }

  func error(_ message: String, at node: Node) { log.error(message, at: location(of: node)) }

  func warning(_ message: String, at node: Node) { log.warning(message, at: location(of: node)) }
}

extension Node {
  /// Whether the node is YAML's null (`~`, `null`, or nothing after the colon).
  var isNull: Bool {
    guard case .scalar(let scalar) = self, scalar.style == .plain || scalar.style == .any else {
      return false
    }
    return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
  }

  /// How the node reads in a message: `"text"`, `a list`, `a mapping`.
  var shownAs: String {
    switch self {
    case .scalar(let scalar): UserText.quoted(scalar.string)
    case .sequence: "a list"
    case .mapping: "a mapping"
    case .alias: "an alias"
    }
  }

  /// The scalar's text, whatever its tag (a title of `2013` is text too).
  var text: String? {
    if case .scalar(let scalar) = self { return scalar.string }
    return nil
  }
}
