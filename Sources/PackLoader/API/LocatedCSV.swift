import Foundation
import IndicatorModel

/// A CSV file read for other tools (such as `boardpack import`), each cell with its line and
/// column, parsed exactly as the pack's own data files are.
public struct LocatedCSV: Sendable {
  /// One cell: its text as parsed (quotes removed) and where it starts in the file.
  public struct Cell: Sendable, Hashable {
    /// The text, untrimmed, as CSV.swift returns it.
    public var text: String
    /// The 1-based line and column where the cell starts.
    public var location: SourceLocation
  }

  /// One row: its cells and the line it starts on.
  public struct Row: Sendable {
    /// The 1-based line the row starts on.
    public var line: Int
    /// The cells in file order.
    public var cells: [Cell]
  }

  /// The path used in diagnostics, as the user typed it.
  public var path: String
  /// The first row, or nil for an empty file.
  public var header: Row?
  /// Every row after the header; blank lines are skipped.
  public var rows: [Row]

  /// Reads a UTF-8 file (without its byte-order mark) and parses it; a file that cannot be read
  /// or parsed gives a located error.
  public static func read(path: String) -> Result<LocatedCSV, Diagnostic> {
    let log = DiagnosticLog()
    guard let file = TextFile.read(path: path, log: log) else {
      return .failure(log.items.first ?? .error("cannot read the file", at: .init(file: path)))
    }
    return parse(file.text, path: path)
  }

  /// Parses CSV text; the path is used in locations only.
  public static func parse(_ text: String, path: String) -> Result<LocatedCSV, Diagnostic> {
    guard let table = CSVTable.parse(text) else {
      return .failure(
        .error(
          "cannot parse the CSV file (check for an unclosed quote)",
          at: SourceLocation(file: path)))
    }
    let locator = CSVFieldLocator(text: text)
    func locate(_ row: CSVTable.Row) -> Row {
      let starts = locator.fieldStarts(rowLine: row.line)
      let cells = row.fields.enumerated().map { i, text in
        let start = i < starts.count ? starts[i] : (line: row.line, column: 1)
        return Cell(
          text: text, location: SourceLocation(file: path, line: start.line, column: start.column))
      }
      return Row(line: row.line, cells: cells)
    }
    return .success(
      LocatedCSV(path: path, header: table.header.map(locate), rows: table.rows.map(locate)))
  }
}
