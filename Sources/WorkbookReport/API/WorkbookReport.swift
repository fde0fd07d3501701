import Analysis
import Foundation
import IndicatorModel
import Presentation

/// `pack.xlsx`: the pack as a workbook, for the officer who works in Excel — the Scorecard (the
/// PDF scorecard's readings, in its words), the Exceptions and actions, and the Data (every
/// observation, numbers as numbers). Each sheet has the pack's title in its first row, a note
/// in its second and its headings in the third, kept in view with filter buttons.
///
/// Written by libxlsxwriter in `constant_memory` mode, so a 300,000-row Data sheet costs a row
/// of memory, not the sheet.
public enum WorkbookReport {
  /// The sheets' names, in order.
  public static let sheetNames = ["Scorecard", "Exceptions and actions", "Data"]

  /// The row of each sheet's column headings (from 0): the pack's title and a note are above.
  public static let headerRow = 2

  /// Writes the workbook to `path`.
  ///
  /// - Parameters:
  ///   - date: the creation date in the document properties: from the pack (the meeting date or
  ///     the end of the period, `Pack.documentDate(for:)`), never the clock, so two builds give
  ///     the same bytes.
  ///   - temporaryFolder: an existing folder for libxlsxwriter's temporary files, one per
  ///     sheet while it is written (the build gives one inside its staging folder).
  /// - Throws: `WorkbookError`; the file at `path` may then be incomplete.
  public static func write(
    pack: Pack, assessment: Assessment, date: CalendarDate, to path: String,
    temporaryFolder: String
  ) throws {
    guard let period = assessment.period else {
      throw WorkbookError("the assessment has no reporting period")
    }
    let indicators = Dictionary(
      pack.indicators.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let sheets: [any SheetContent] = [
      ScorecardSheet(pack: pack, assessment: assessment, indicators: indicators),
      ExceptionsSheet(pack: pack, assessment: assessment, indicators: indicators, period: period),
      DataSheet(pack: pack, assessment: assessment, indicators: indicators, period: period),
    ]
    let workbook = try Workbook(path: path, temporaryFolder: temporaryFolder)
    do {
      let meeting = pack.meeting(for: period)
      let title = "\(meeting.title ?? pack.title) — \(period.label)"
      try workbook.setProperties(
        title: title,
        subject: "\(meeting.board ?? pack.board) performance pack for \(period.label)",
        author: pack.organisation, company: pack.organisation,
        keywords: (["performance", "board pack", pack.area.name, period.label]
          + pack.themes.map(\.title)).joined(separator: ", "),
        created: date.secondsSince1970)
      for sheet in sheets {
        var writer = try workbook.addSheet(sheet.name)
        try write(sheet, title: title, to: &writer)
      }
    } catch {
      try? workbook.close()  // frees the library's memory; the file is not kept
      throw error
    }
    try workbook.close()
  }

  /// One sheet: the title, the note, the headings, then the rows.
  static func write(_ sheet: any SheetContent, title: String, to writer: inout SheetWriter) throws {
    let columns = sheet.columns
    try writer.setWidths(columns.map(\.width))
    writer.freeze(rows: headerRow + 1, columns: sheet.frozenColumns)
    try writer.filter(
      header: headerRow, lastRow: headerRow + sheet.rowCount, columns: columns.count)
    try writer.setPrinting(repeating: headerRow)
    try writer.append([.text(title, style: WorkbookStyle.title)])
    try writer.append([.text(sheet.note, style: WorkbookStyle.note)])
    try writer.append(columns.map { .text($0.title, style: WorkbookStyle.header) })
    try sheet.rows { try writer.append($0) }
  }
}

extension CalendarDate {
  /// Midnight UTC at the start of the date, in seconds since 1970 (the document properties'
  /// `created`): days from the civil calendar, with no time zone or clock involved.
  var secondsSince1970: Int {
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let shifted = month > 2 ? month - 3 : month + 9
    let dayOfYear = (153 * shifted + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return (era * 146_097 + dayOfEra - 719_468) * 86_400
  }
}
