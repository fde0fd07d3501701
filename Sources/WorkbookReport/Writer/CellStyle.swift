import CXlsxWriter

/// How a cell looks: its number format, weight, fill and wrapping. Each distinct style becomes
/// one libxlsxwriter format (`Workbook.format`), so styles are values compared by content.
struct CellStyle: Hashable {
  /// An Excel number format (`#,##0.0" per 1,000"`), nil for General.
  var numberFormat: String?
  var bold = false
  var italic = false
  /// In points; nil for the workbook's default (11).
  var size: Double?
  /// `0xRRGGBB`.
  var fill: UInt32?
  var fontColour: UInt32?
  /// Long text wraps within the column's width, and the row grows to fit.
  var wraps = false
  /// A thin line under the cell (the header row).
  var underlined = false

  /// The workbook's default: General, regular, no fill.
  static let plain = CellStyle()

  /// Sets the format's properties from the style.
  func apply(to format: UnsafeMutablePointer<lxw_format>) {
    if let numberFormat { format_set_num_format(format, numberFormat) }
    if bold { format_set_bold(format) }
    if italic { format_set_italic(format) }
    if let size { format_set_font_size(format, size) }
    if let fill { format_set_bg_color(format, lxw_color_t(fill)) }
    if let fontColour { format_set_font_color(format, lxw_color_t(fontColour)) }
    if wraps { format_set_text_wrap(format) }
    // Wrapped rows grow; every cell of a row then reads from its top.
    format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
    if underlined { format_set_bottom(format, UInt8(LXW_BORDER_THIN.rawValue)) }
  }
}
