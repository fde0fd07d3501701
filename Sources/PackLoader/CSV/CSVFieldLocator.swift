import IndicatorModel

/// Finds the line and column where each field of a CSV row starts.
///
/// Written by hand because CSV.swift returns field values only, with no positions, and a
/// diagnostic must point at the cell (`q4.csv:14:5`). It scans the raw text from the row's first
/// line, honouring quotes (a comma or line break inside quotes does not end a field), and counts
/// columns in Unicode scalars, as Yams does for YAML.
struct CSVFieldLocator {
  private let scalars: [Unicode.Scalar]
  /// Offsets into `scalars` where each line starts; index 0 is line 1.
  private let lineStarts: [Int]

  init(text: String) {
    scalars = Array(text.unicodeScalars)
    var starts = [0]
    var i = 0
    while i < scalars.count {
      if scalars[i] == "\r" {
        if i + 1 < scalars.count && scalars[i + 1] == "\n" { i += 1 }
        starts.append(i + 1)
      } else if scalars[i] == "\n" {
        starts.append(i + 1)
      }
      i += 1
    }
    lineStarts = starts
  }

  /// (line, column) of the start of each field in the row starting on `line`.
  func fieldStarts(rowLine line: Int) -> [(line: Int, column: Int)] {
    guard line >= 1, line <= lineStarts.count else { return [] }
    var starts: [(Int, Int)] = []
    var currentLine = line
    var lineStart = lineStarts[line - 1]
    var i = lineStart
    var inQuotes = false
    var atFieldStart = true
    while i <= scalars.count {
      if atFieldStart {
        starts.append((currentLine, i - lineStart + 1))
        atFieldStart = false
        if i < scalars.count && scalars[i] == "\"" {
          inQuotes = true
          i += 1
          continue
        }
      }
      guard i < scalars.count else { break }
      let c = scalars[i]
      if inQuotes {
        if c == "\"" {
          if i + 1 < scalars.count && scalars[i + 1] == "\"" { i += 1 } else { inQuotes = false }
        } else if c == "\r" || c == "\n" {
          if c == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n" { i += 1 }
          currentLine += 1
          lineStart = i + 1
        }
      } else if c == "," {
        atFieldStart = true
      } else if c == "\r" || c == "\n" {
        break
      }
      i += 1
    }
    return starts
  }
}
