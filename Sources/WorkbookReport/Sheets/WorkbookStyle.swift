import Analysis
import Charts

/// The workbook's look, in one place: the title, the note, the header row, body text and the
/// RAG cells, which carry the status in words ("Red") in white on the palette's RAG colour, as
/// the PDF's badges do, so status never rests on colour.
enum WorkbookStyle {
  /// Row 1: the pack's title and period.
  static let title = CellStyle(bold: true, size: 14)
  /// Row 2: what the sheet holds.
  static let note = CellStyle(italic: true)
  /// Row 3: the column headings, kept in view and carrying the filter buttons.
  static let header = CellStyle(bold: true, fill: 0xF3F2F1, wraps: true, underlined: true)
  /// Short text and numbers.
  static let body = CellStyle.plain
  /// Text that may run to several lines (reasons, commentary).
  static let wrapped = CellStyle(wraps: true)

  /// A RAG status cell: white bold text on the status's colour; nil without a status.
  static func rag(_ status: TargetStatus?) -> CellStyle? {
    let palette = Palette()
    let colour: Colour
    switch status {
    case .red?: colour = palette.red
    case .amber?: colour = palette.amber
    case .green?: colour = palette.green
    case .none?, nil: return nil
    }
    return CellStyle(bold: true, fill: rgb(colour), fontColour: 0xFFFFFF)
  }

  /// `0xRRGGBB` from a palette colour.
  static func rgb(_ colour: Colour) -> UInt32 {
    func channel(_ value: Double) -> UInt32 { UInt32((min(max(value, 0), 1) * 255).rounded()) }
    return channel(colour.red) << 16 | channel(colour.green) << 8 | channel(colour.blue)
  }
}
