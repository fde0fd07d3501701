import IndicatorModel

/// An Excel number format for a measure's figures: its decimals, thousands separators and, where
/// the board reads the figure with it, its unit — so the cell holds the number and shows what
/// the PDF prints (`55.0%`, `11.7 per 1,000`).
struct NumberStyle: Hashable {
  /// Places after the point.
  var decimals: Int
  /// Shown after the number (`%`, `per 1,000`); empty for none.
  var unit = ""

  /// The longest number format libxlsxwriter keeps (its field is 128 bytes with the NUL).
  static let longestFormat = 127

  /// A measure's figures at its decimals, with its unit or without (the Data sheet has a column
  /// for the unit).
  static func measure(_ measure: Measure, withUnit: Bool) -> NumberStyle {
    NumberStyle(decimals: measure.decimals, unit: withUnit ? measure.unit : "")
  }

  /// A target as `Measure.displayTarget` writes it: a whole number without decimals.
  static func target(_ value: Double, of measure: Measure) -> NumberStyle {
    NumberStyle(decimals: value == value.rounded() ? 0 : measure.decimals, unit: measure.unit)
  }

  /// A cell style with this number format.
  var cellStyle: CellStyle { CellStyle(numberFormat: excelFormat) }

  /// `#,##0.0"%"`. The unit is quoted, so Excel shows it as text (an unquoted `%` would
  /// multiply by 100); a unit Excel cannot quote (one holding `"`) is left out.
  var excelFormat: String {
    let places = min(max(decimals, 0), 15)
    let number = "#,##0" + (places > 0 ? "." + String(repeating: "0", count: places) : "")
    guard !unit.isEmpty, !unit.contains("\"") else { return number }
    let shown = number + "\"" + (unit == "%" ? "%" : " " + unit) + "\""
    return shown.utf8.count <= Self.longestFormat ? shown : number
  }
}
