import IndicatorModel
import PackLoader

/// Turns one export row's cells into pack-format cells, collecting located errors for cells
/// that are not numbers. Markup is removed and suppression markers read as missing.
struct RowBuilder {
  private(set) var cells: [String: String] = [:]
  private(set) var locations: [String: SourceLocation] = [:]
  private(set) var diagnostics: [Diagnostic] = []
  /// Whether the value cell said "no figure" (empty or a marker).
  private(set) var valueWithheld = false

  /// Reads a number cell into a pack column; `heading` names the export's column in errors.
  /// With `sentinel`, Fingertips' `-1` (its "no interval" mark in CI columns) is missing.
  mutating func number(
    _ cell: LocatedCSV.Cell?, into column: String, heading: String, sentinel: Bool = false
  ) {
    guard let cell else {
      if column == "value" { valueWithheld = true }
      return
    }
    let text = CellText.plain(cell.text)
    if text.isEmpty || CellText.isSuppressed(text) {
      if column == "value" { valueWithheld = true }
      return
    }
    switch CellNumberReading(text) {
    case .number(let value, _):
      if sentinel && value == -1 { return }
      cells[column] = text.replacingOccurrences(of: ",", with: "")
      locations[column] = cell.location
    case .missing:
      if column == "value" { valueWithheld = true }
    case .invalid:
      diagnostics.append(
        .error("\(heading) \(CellNumberReading.notANumber(text))", at: cell.location))
    }
  }

  /// Reads a text cell (a note) without its markup.
  mutating func text(_ cell: LocatedCSV.Cell?, into column: String) {
    guard let cell else { return }
    let text = CellText.plain(cell.text)
    guard !text.isEmpty else { return }
    cells[column] = text
    locations[column] = cell.location
  }

  /// Sets a pack cell directly (a status the import decides).
  mutating func set(_ column: String, _ text: String, at location: SourceLocation) {
    cells[column] = text
    locations[column] = location
  }

  /// Marks a row whose value the publisher withheld as suppressed, unless it can be computed.
  mutating func markSuppressedIfWithheld(at location: SourceLocation) {
    if valueWithheld && cells["numerator"] == nil && cells["status"] == nil {
      set("status", ObservationStatus.suppressed.rawValue, at: location)
    }
  }
}
