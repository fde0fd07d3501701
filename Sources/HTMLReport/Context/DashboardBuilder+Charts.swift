import Analysis
import Charts
import Foundation
import IndicatorModel

extension DashboardBuilder {
  /// Trend, SPC and (when there is anything to compare with) comparison charts, from the
  /// drawings of `drawCharts(_:)`, their glyphs moved to the page's sprite.
  func chartContexts(_ indicator: Indicator, _ drawn: IndicatorCharts) -> [ChartContext] {
    // No figure at all: the section says so instead of drawing empty axes.
    guard drawn.hasFigures, let trendSVG = drawn.trendSVG, let spcSVG = drawn.spcSVG else {
      return []
    }
    let (trend, spc, compare) = (drawn.trend, drawn.spc, drawn.compare)
    var charts = [
      ChartContext(
        kind: "trend", heading: "Trend", svg: glyphs.share(trendSVG),
        alt: trend.altText, table: table(trend), notes: trend.notes,
        hasNotes: !trend.notes.isEmpty),
      ChartContext(
        kind: "spc", heading: "Statistical process control (SPC)",
        svg: glyphs.share(spcSVG), alt: spc.altText, table: table(spc),
        notes: spc.notes, hasNotes: !spc.notes.isEmpty),
    ]
    if let compareSVG = drawn.compareSVG {
      charts.append(
        ChartContext(
          kind: "compare", heading: "Comparison with other areas, \(compare.periodLabel)",
          svg: glyphs.share(compareSVG), alt: compare.altText,
          table: table(compare), notes: compare.notes, hasNotes: !compare.notes.isEmpty))
    }
    return charts
  }

  /// The sparkline for tiles and the scorecard, or nil with no figure to draw. It appears twice
  /// on the page, so it carries no ids (it has no references that need them).
  func sparkline(_ indicator: Indicator, _ drawn: IndicatorCharts) -> ChartContext? {
    guard drawn.hasFigures else { return nil }
    let chart = drawn.sparkline
    let rows = zip(chart.labels, chart.values).map {
      ChartRow(header: $0.0, cells: [chart.format.string($0.1)])
    }
    return ChartContext(
      kind: "sparkline", heading: "Trend", svg: drawn.sparklineSVG, alt: chart.altText,
      table: ChartTable(
        caption: "\(indicator.title): figures by \(indicator.periodicity.unitName.singular)",
        columns: ["Period", "Value"], rows: rows),
      notes: [], hasNotes: false)
  }

  func table(_ chart: TrendChart) -> ChartTable {
    let format = chart.format
    var columns = ["Period", chart.areaName, "95% confidence interval"]
    if chart.target != nil { columns.append(chart.target!.label) }
    columns += chart.comparators.map(\.name)
    let rows = chart.points.enumerated().map { index, point in
      var cells = [format.string(point.value) + (point.provisional ? " (provisional)" : "")]
      if let lower = point.lower, let upper = point.upper {
        cells.append("\(format.string(lower)) to \(format.string(upper))")
      } else {
        cells.append("–")
      }
      if let target = chart.target {
        let steps = target.steps
        cells.append(format.string(index < steps.count ? steps[index] : target.value))
      }
      cells += chart.comparators.map {
        format.string(index < $0.values.count ? $0.values[index] : nil)
      }
      return ChartRow(header: point.label, cells: cells)
    }
    return ChartTable(
      caption: "\(chart.title): \(chart.areaName) by \(chart.periodAxisTitle.lowercased())",
      columns: columns, rows: rows)
  }

  func table(_ chart: ControlChart) -> ChartTable {
    let format = chart.format
    var columns = ["Period", "Value"]
    if chart.showsLimits { columns += ["Mean", "Lower process limit", "Upper process limit"] }
    columns.append("Reading")
    let rows = chart.points.map { point in
      var cells = [format.string(point.value)]
      if chart.showsLimits {
        cells += [point.mean, point.lowerLimit, point.upperLimit].map { format.string($0) }
      }
      cells.append(point.value == nil ? "no figure" : Self.words(point.cause))
      return ChartRow(header: point.label, cells: cells)
    }
    return ChartTable(
      caption: "\(chart.title): SPC points by \(chart.periodAxisTitle.lowercased())",
      columns: columns, rows: rows)
  }

  func table(_ chart: CompareChart) -> ChartTable {
    let format = chart.format
    let rows = chart.sortedBars.map { bar in
      var interval = "–"
      if let lower = bar.lower, let upper = bar.upper {
        interval = "\(format.string(lower)) to \(format.string(upper))"
      }
      return ChartRow(
        header: bar.name,
        cells: [format.string(bar.value), interval, chart.comparisonWords(bar) ?? "–"])
    }
    return ChartTable(
      caption: "\(chart.title): areas compared, \(chart.periodLabel)",
      columns: ["Area", "Value", "95% confidence interval", "Compared with \(chart.comparedWith)"],
      rows: rows)
  }

  /// A point's SPC reading in words.
  static func words(_ cause: ControlChart.Cause) -> String {
    switch cause {
    case .common: "common cause"
    case .improvement: "special cause: improvement"
    case .concern: "special cause: concern"
    case .neutral: "special cause (no judgement)"
    }
  }
}
