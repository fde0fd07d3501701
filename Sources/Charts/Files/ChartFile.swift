/// One chart of one indicator, as every output names and sizes it: the build's `charts/` files,
/// the dashboard's inline SVG (which the build reads back from those files) and
/// `boardpack chart`. The conventions must agree byte for byte, so they are written once, here.
public struct ChartFile: Hashable, Sendable {
  /// The indicator's id (a slug).
  public var indicatorID: String
  public var kind: ChartKind

  /// The chart of `kind` for an indicator.
  public init(indicatorID: String, kind: ChartKind) {
    self.indicatorID = indicatorID
    self.kind = kind
  }

  /// The size of a chart, in CSS pixels (points in PDF): the page scales it to its column.
  public static let standardSize = Size(width: 800, height: 400)
  /// The size of a sparkline in a tile or a table row.
  public static let sparklineSize = Size(width: 120, height: 32)

  /// The size `chart` is drawn at `width`: 400 high for a trend or SPC chart at the standard
  /// width (in proportion at others), a compare chart as high as its bars need
  /// (`CompareChart.preferredHeight`), so no output leaves its frame empty.
  public static func size(of chart: any Chart, width: Double = standardSize.width) -> Size {
    if let compare = chart as? CompareChart {
      return Size(width: width, height: compare.preferredHeight(width: width))
    }
    return Size(width: width, height: width * standardSize.height / standardSize.width)
  }

  /// `charts/<id>-<kind>`, the path in a pack folder without its extension.
  public var stem: String { "charts/\(indicatorID)-\(kind.rawValue)" }
  /// `charts/<id>-<kind>.svg`.
  public var svgPath: String { stem + ".svg" }
  /// `charts/<id>-<kind>.png`, at 1×.
  public var pngPath: String { stem + ".png" }
  /// `charts/<id>-<kind>@2x.png`, for high-density screens.
  public var png2xPath: String { stem + "@2x.png" }
  /// `charts/<id>-<kind>.pdf`.
  public var pdfPath: String { stem + ".pdf" }

  /// Put before every id in the chart's SVG, `<id>-<kind>-`, so the charts inlined in one page
  /// keep their ids apart.
  public var idPrefix: String { "\(indicatorID)-\(kind.rawValue)-" }
}
