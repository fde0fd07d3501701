import Foundation

/// Draws a chart as an SVG document: the seam between a page that inlines charts (the
/// dashboard) and the library that draws them (Cairo, in CairoCanvas's `CairoSVGDrawing`), so
/// the page builder never imports the drawing library, and tests can hand it any drawing.
public protocol SVGChartDrawing: Sendable {
  /// The chart as a whole SVG document of `size`, every id prefixed with `idPrefix`.
  func svg(_ chart: any Chart, size: Size, idPrefix: String) throws -> Data
}
