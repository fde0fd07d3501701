/// What one sheet holds: its name, a sentence under the pack's title, its columns, and its rows
/// in order (written as they come: a sheet of 300,000 rows is never held whole).
protocol SheetContent {
  /// The tab's name (at most 31 characters, Excel's limit).
  var name: String { get }
  /// The sentence in the second row, saying what the sheet holds.
  var note: String { get }
  var columns: [Column] { get }
  /// Columns kept in view when scrolling right (the indicator's name).
  var frozenColumns: Int { get }
  /// How many rows `rows` gives, known before they are written (the filter's range).
  var rowCount: Int { get }
  /// Hands each row to `emit`, top to bottom.
  func rows(_ emit: ([Cell]) throws -> Void) throws
}

/// A column: its heading and width (in Excel's units, about one character of the default font).
struct Column: Hashable {
  var title: String
  var width: Double

  init(_ title: String, width: Double) {
    self.title = title
    self.width = width
  }
}
