import CSV
import IndicatorModel

/// A CSV file's rows, each with the line it starts on, parsed by CSV.swift.
struct CSVTable {
  struct Row {
    /// The 1-based line the row starts on.
    let line: Int
    let fields: [String]
  }

  let header: Row?
  let rows: [Row]

  /// Parses the text; CSV.swift reports no line numbers, so they are counted here: a row's first
  /// line is 1 plus the lines used by the rows before it, counting line breaks inside quoted
  /// fields. Blank lines are skipped (but counted).
  static func parse(_ text: String) -> CSVTable? {
    guard let reader = try? CSVReader(string: text, hasHeaderRow: false) else { return nil }
    var rows: [Row] = []
    var line = 1
    while let fields = reader.next() {
      let isBlank = fields.count == 1 && fields[0].isEmpty
      if !isBlank { rows.append(Row(line: line, fields: fields)) }
      line += 1 + fields.reduce(0) { $0 + lineBreaks(in: $1) }
    }
    if reader.error != nil { return nil }
    guard let header = rows.first else { return CSVTable(header: nil, rows: []) }
    return CSVTable(header: header, rows: Array(rows.dropFirst()))
  }

  /// CR LF, a lone CR and a lone LF each end one line.
  static func lineBreaks(in field: String) -> Int {
    var count = 0
    var previousCR = false
    for scalar in field.unicodeScalars {
      if scalar == "\r" {
        count += 1
        previousCR = true
      } else {
        if scalar == "\n" && !previousCR { count += 1 }
        previousCR = false
      }
    }
    return count
  }
}
