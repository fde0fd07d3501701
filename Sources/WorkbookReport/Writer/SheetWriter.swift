import CXlsxWriter

/// Writes one sheet's rows from the top, one after another, as `constant_memory` mode needs:
/// a row, once the next has started, is on disk and cannot be changed.
struct SheetWriter {
  let sheet: UnsafeMutablePointer<lxw_worksheet>
  /// The sheet's name, for messages.
  let name: String
  let workbook: Workbook
  /// The next row to write, from 0.
  private(set) var row: UInt32 = 0
  /// The last style written in each column and its format: a column's cells mostly share one,
  /// and comparing is cheaper than looking a style up (a Data sheet has 3 million cells).
  private var lastFormats: [(style: CellStyle, format: UnsafeMutablePointer<lxw_format>)?] = []

  init(sheet: UnsafeMutablePointer<lxw_worksheet>, name: String, workbook: Workbook) {
    self.sheet = sheet
    self.name = name
    self.workbook = workbook
  }

  /// The most rows a sheet holds (Excel's limit).
  static let maximumRows = Int(LXW_ROW_MAX)

  /// Writes `cells` into the next row, from the first column.
  mutating func append(_ cells: [Cell]) throws {
    guard Int(row) < Self.maximumRows else {
      throw WorkbookError(
        "the \(name) sheet would need more than \(Self.maximumRows) rows, Excel's limit")
    }
    for (column, cell) in cells.enumerated() {
      try write(cell, column: lxw_col_t(column))
    }
    row += 1
  }

  /// Leaves the next row empty.
  mutating func skipRow() { row += 1 }

  private mutating func write(_ cell: Cell, column: lxw_col_t) throws {
    let format = try format(cell.style, column: Int(column))
    let result: lxw_error
    switch cell.value {
    case .text(let text):
      result = worksheet_write_string(sheet, row, column, CellText.fitting(text), format)
    case .number(let number): result = worksheet_write_number(sheet, row, column, number, format)
    case .empty:
      // A styled empty cell keeps the column's look; an unstyled one need not be written.
      if cell.style == .plain { return }
      result = worksheet_write_blank(sheet, row, column, format)
    }
    try check(result, "write row \(row + 1), column \(column + 1) of the \(name) sheet")
  }

  private mutating func format(_ style: CellStyle, column: Int) throws -> UnsafeMutablePointer<
    lxw_format
  > {
    if column < lastFormats.count, let last = lastFormats[column], last.style == style {
      return last.format
    }
    let format = try workbook.format(style)
    if column >= lastFormats.count {
      lastFormats += Array(repeating: nil, count: column - lastFormats.count + 1)
    }
    lastFormats[column] = (style, format)
    return format
  }

  /// Column widths, in Excel's units (characters of the default font), from the first column.
  func setWidths(_ widths: [Double]) throws {
    for (column, width) in widths.enumerated() {
      let index = lxw_col_t(column)
      try check(
        worksheet_set_column(sheet, index, index, width, nil),
        "set the width of column \(column + 1) of the \(name) sheet")
    }
  }

  /// Keeps the rows above `rows` and the columns left of `columns` in view when scrolling.
  func freeze(rows: Int, columns: Int) {
    worksheet_freeze_panes(sheet, lxw_row_t(rows), lxw_col_t(columns))
  }

  /// Filter buttons on the header row `header` over `columns` columns down to `lastRow`.
  func filter(header: Int, lastRow: Int, columns: Int) throws {
    try check(
      worksheet_autofilter(
        sheet, lxw_row_t(header), 0, lxw_row_t(max(lastRow, header)), lxw_col_t(columns - 1)),
      "add the filter to the \(name) sheet")
  }

  /// Printed on A4 landscape, one page wide, with rows `0...repeating` on every page.
  func setPrinting(repeating: Int) throws {
    worksheet_set_landscape(sheet)
    worksheet_set_paper(sheet, 9)  // A4
    worksheet_fit_to_pages(sheet, 1, 0)
    try check(
      worksheet_repeat_rows(sheet, 0, lxw_row_t(repeating)),
      "repeat the heading rows of the \(name) sheet on each printed page")
    try check(
      worksheet_set_footer(sheet, "&C&P of &N"), "set the page footer of the \(name) sheet")
  }
}
