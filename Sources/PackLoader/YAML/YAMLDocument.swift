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

  /// The 1-based line and column (in characters) of a UTF-8 byte offset.
  private static func place(ofByte offset: Int, in text: String) -> (line: Int, column: Int) {
    let before = text.utf8.prefix(max(0, offset))
    let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { before.index(after: $0) }
    let line = 1 + before.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    let column =
      1 + String(decoding: before[(lineStart ?? before.startIndex)...], as: UTF8.self).count
    return (line, column)
  }

  /// The problem in words and where it is, from Yams' error.
  private static func describe(_ error: YamlError) -> (String, (line: Int, column: Int)) {
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let while_ = context.map { " (\($0.text))" } ?? ""
      return (problem + while_, (mark.line, mark.column))
    case .reader(let problem, let offset, let value, let yaml):
      // libyaml's reader stops at bytes it refuses (a control character) and gives only the
      // byte offset: count the lines and characters before it.
      let what = value >= 0 ? " (\(UserText.describe(Unicode.Scalar(UInt32(value)) ?? "?")))" : ""
      return (problem + what, place(ofByte: offset ?? 0, in: yaml))
    case .duplicatedKeysInMapping(let duplicates, let context):
      let keys = duplicates.map { UserText.quoted($0) }.joined(separator: ", ")
      return ("duplicate key \(keys)", (context.mark.line, context.mark.column))
    default:
      return ("\(error)", (1, 1))
    }
  }
}
