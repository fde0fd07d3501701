import Charts
import IndicatorModel

/// The look of every page, in one documented value (style.md §10): paper, margins, type sizes
/// and colours. Lengths are PDF points (1/72 inch).
public struct PageStyle: Sendable {
  /// A4 portrait: 210 × 297 mm.
  public var paper = PageSize.a4
  /// Left and right margins: 18 mm.
  public var sideMargin = 51.0
  /// From the top edge to the body; the running header sits above it.
  public var topMargin = 66.0
  /// From the bottom edge to the body; the footer sits below it.
  public var bottomMargin = 62.0
  /// The font family, embedded as subsets (Liberation Sans by default).
  public var family = "Liberation Sans"
  /// The least a page's body should hold, in points (a quarter of the body, about eleven lines of text): the
  /// paginator breaks earlier rather than leave a page with less, unless the page is all there
  /// is between two forced breaks.
  public var remnant = 160.0
  /// Body text size.
  public var bodySize = 9.5
  /// Table and note text size.
  public var smallSize = 8.0
  /// Running header and footer text size.
  public var runningSize = 7.5
  /// Heading sizes by level: 0 = section, 1 = indicator, 2 = sub-heading.
  public var headingSizes = [18.0, 14.0, 11.0]
  /// The chart colours, RAG and SPC, shared with every chart.
  public var palette = Palette()
  /// How charts on the pages are drawn (fonts, palette).
  public var chart = ChartStyle()
  /// The branding colour: headings, rules, the cover band.
  public var brand = Colour(rgb: 0x005EA5)
  /// Main text.
  public var text = Colour(rgb: 0x0B0C0C)
  /// Secondary text: running header and footer, captions.
  public var secondaryText = Colour(rgb: 0x505A5F)
  /// Table rules and the header underline.
  public var rule = Colour(rgb: 0xB1B4B6)
  /// Table header background.
  public var headerFill = Colour(rgb: 0xF3F2F1)
  /// Charts are designed in CSS pixels; drawn at 0.75 pt per pixel their text is at its
  /// natural size (11 px labels are 8.25 pt).
  public var pointsPerChartUnit = 0.75

  /// The standard style.
  public init() {}

  /// The standard style with the pack's branding colour and font.
  public init(branding: Branding) {
    palette = Palette(branding: branding)
    chart = ChartStyle(branding: branding)
    if let colour = Colour(hex: branding.colour) { brand = colour }
    family = branding.font
  }
}
