/// One cell of a row: text, a number in a number format, or nothing.
struct Cell: Hashable {
  enum Value: Hashable {
    case text(String)
    case number(Double)
    case empty
  }

  var value: Value
  var style: CellStyle

  init(_ value: Value, style: CellStyle = .plain) {
    self.value = value
    self.style = style
  }

  /// Text, in the column's style unless given one.
  static func text(_ text: String, style: CellStyle = .plain) -> Cell {
    Cell(.text(text), style: style)
  }

  /// A number shown in `format`; a missing or non-finite one is an empty cell (never text such
  /// as "NaN"), so the column stays numeric.
  static func number(_ value: Double?, format: NumberStyle) -> Cell {
    number(value, style: format.cellStyle)
  }

  /// A number in a style made beforehand (a row of the Data sheet uses its indicator's).
  static func number(_ value: Double?, style: CellStyle) -> Cell {
    guard let value, value.isFinite else { return .empty }
    return Cell(.number(value), style: style)
  }

  static let empty = Cell(.empty)
}
