import Analysis
import Charts
import Foundation
import IndicatorModel

/// One indicator's charts for the page, drawn: the chart models (their tables and notes feed the
/// page too) and their SVG elements, before the page shares their glyph outlines.
struct IndicatorCharts: Sendable {
  var trend: TrendChart
  var spc: ControlChart
  var compare: CompareChart
  var sparkline: Sparkline
  /// Trend, SPC and compare, as Cairo drew them (nil: not shown, see `showsCompare`).
  var trendSVG: String?
  var spcSVG: String?
  var compareSVG: String?
  /// The sparkline without ids: it appears twice on the page.
  var sparklineSVG: String
  /// Why the trend and SPC charts have nothing to draw (`ChartKind.emptySentence`), or nil.
  var noFigures: String?
  /// Why the comparison has nothing to draw (local data has no benchmarks), or nil.
  var noComparison: String?

  /// Whether the indicator has a figure to chart at all.
  var hasFigures: Bool { noFigures == nil }
  /// A comparison of the area with nobody says nothing.
  var showsCompare: Bool { noComparison == nil }
}

/// Draws the page's charts: only the pack and the drawing — values, safe to share
/// between threads (unlike the builder, whose sprite and glyph table fill up as the page is made).
struct ChartDrawer: Sendable {
  let pack: Pack
  let drawing: any SVGChartDrawing
  /// Charts the build drew already (see `DrawnChartSVG`).
  var drawn: DrawnChartSVG? = nil

  /// Every indicator's charts, drawn on every core: each chart is independent and Cairo keeps
  /// no state between surfaces. Results go to their own slot, so the page comes out in the same
  /// order, byte for byte, however the work was scheduled; glyph sharing (which numbers the
  /// outlines in order of first use) runs afterwards, one chart after another.
  func draw(_ assessed: [(Indicator, IndicatorAssessment)]) throws -> [IndicatorCharts] {
    try assessed.concurrentMap { indicator, assessment in try draw(indicator, assessment) }
  }

  func draw(_ indicator: Indicator, _ assessed: IndicatorAssessment) throws -> IndicatorCharts {
    var charts = IndicatorCharts(
      trend: TrendChart(indicator: indicator, assessment: assessed, pack: pack),
      spc: ControlChart(indicator: indicator, assessment: assessed, pack: pack),
      compare: CompareChart(indicator: indicator, assessment: assessed, pack: pack),
      sparkline: Sparkline(indicator: indicator, assessment: assessed, pack: pack),
      sparklineSVG: "",
      noFigures: ChartKind.trend.emptySentence(
        indicator: indicator, assessment: assessed, pack: pack),
      noComparison: ChartKind.compare.emptySentence(
        indicator: indicator, assessment: assessed, pack: pack))
    guard charts.hasFigures else { return charts }
    let data = try drawing.svg(charts.sparkline, size: ChartFile.sparklineSize, idPrefix: "")
    charts.sparklineSVG = InlineSVG.removingIDs(
      InlineSVG.element(String(decoding: data, as: UTF8.self)))
    charts.trendSVG = try svgElement(
      charts.trend, ChartFile(indicatorID: indicator.id, kind: .trend))
    charts.spcSVG = try svgElement(charts.spc, ChartFile(indicatorID: indicator.id, kind: .spc))
    if charts.showsCompare {
      charts.compareSVG = try svgElement(
        charts.compare, ChartFile(indicatorID: indicator.id, kind: .compare))
    }
    return charts
  }

  func svgElement(_ chart: some Chart, _ file: ChartFile) throws -> String {
    let data =
      try drawn?(file)
      ?? drawing.svg(chart, size: ChartFile.size(of: chart), idPrefix: file.idPrefix)
    return InlineSVG.element(String(decoding: data, as: UTF8.self))
  }
}
