import IndicatorModel
import Yams

/// A YAML file composed into Yams' node tree, whose marks locate every key and value.
struct YAMLDocument {
  let file: TextFile
  /// Nil for an empty document.
  let root: Node?

  /// Parses the file; a syntax error becomes a diagnostic at the place libyaml reports.
  static func parse(_ file: TextFile, log: DiagnosticLog) -> YAMLDocument? {
    do {
      return YAMLDocument(file: file, root: try Yams.compose(yaml: file.text))
    } catch let error as YamlError {
      let (message, mark) = describe(error)
      log.error(
        "YAML syntax error: \(message)",
        at: SourceLocation(file: file.path, line: max(1, mark.line), column: max(1, mark.column)))
    } catch {
      log.error("YAML syntax error: \(error)", at: SourceLocation(file: file.path))
    }
    return nil
  }

  /// The problem in words and where it is, from Yams' error.
  private static func describe(_ error: YamlError) -> (String, (line: Int, column: Int)) {
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let while_ = context.map { " (\($0.text))" } ?? ""
      return (problem + while_, (mark.line, mark.column))
    case .reader(let problem, _, _, _):
      return (problem, (1, 1))
    case .duplicatedKeysInMapping(let duplicates, let context):
      let keys = duplicates.map { "\"\($0)\"" }.joined(separator: ", ")
      return ("duplicate key \(keys)", (context.mark.line, context.mark.column))
    default:
      return ("\(error)", (1, 1))
    }
  }
}
