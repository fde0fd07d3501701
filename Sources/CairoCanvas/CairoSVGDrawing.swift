import Charts
import Foundation
import IndicatorModel

/// Charts drawn to SVG by Cairo, for a page that inlines them (`SVGChartDrawing`): in the pack's
/// branding, dated for the document.
public struct CairoSVGDrawing: SVGChartDrawing {
  /// The date written into the document's metadata.
  public var date: CalendarDate
  public var style: ChartStyle

  /// A drawing in a pack's style, dated `date` (`Pack.documentDate(for:)`).
  public init(date: CalendarDate, style: ChartStyle) {
    self.date = date
    self.style = style
  }

  public func svg(_ chart: any Chart, size: Size, idPrefix: String) throws -> Data {
    try ChartRenderer.render(
      chart, size: size, format: .svg, date: date, style: style, idPrefix: idPrefix)
  }
}
