import Analysis
import CairoCanvas
import Charts
import Foundation
import IndicatorModel

/// `charts/<id>-<kind>.(png|svg|pdf)`, with `<id>-<kind>@2x.png` for high-density screens:
/// every chart of every indicator, for pasting into other documents (design §6.1), in two
/// steps: the SVGs, which the dashboard inlines, and the bitmaps and PDFs.
enum ChartsStep {
  /// The kinds written as files; sparklines live inside the dashboard and the PDF tables.
  static let kinds: [ChartKind] = [.trend, .spc, .compare]
  /// The units of either step: one per chart with something to draw.
  static func units(_ context: BuildContext) -> Int {
    charts(context).reduce(0) { $0 + $1.kinds.count }
  }

  /// Each assessed indicator with the kinds of chart it has something to draw for: a chart
  /// with nothing on it is never written (`ChartKind.emptySentence`; the pages say why).
  static func charts(_ context: BuildContext) -> [(
    indicator: Indicator, assessment: IndicatorAssessment, kinds: [ChartKind]
  )] {
    let assessed = Dictionary(
      context.assessment.indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    return context.pack.indicators.compactMap { indicator in
      guard let assessment = assessed[indicator.id] else { return nil }
      let drawable = kinds.filter {
        $0.emptySentence(indicator: indicator, assessment: assessment, pack: context.pack) == nil
      }
      return (indicator, assessment, drawable)
    }
  }

  /// `charts/*.svg`, first: the dashboard inlines them, so it is laid out while the bitmaps
  /// are still being encoded.
  static let svgs = BuildStep(.chartSVGs, units: units) { context, writer, progress in
    // The pack's branding, as the dashboard and pack.pdf draw it: a chart pasted from charts/
    // must look like the one on the page.
    let drawing = CairoSVGDrawing(
      date: context.documentDate, style: ChartStyle(branding: context.pack.branding))
    try drawEach(context, kinds: kinds) { indicator, kind, chart in
      let file = ChartFile(indicatorID: indicator.id, kind: kind)
      try writer.write(
        drawing.svg(chart, size: ChartFile.size(of: chart), idPrefix: file.idPrefix),
        to: file.svgPath)
      progress.advance()
    }
  }

  /// `charts/*.png`, `@2x.png` and `.pdf`.
  static let bitmaps = BuildStep(.charts, units: units) { context, writer, progress in
    let date = context.documentDate
    let style = ChartStyle(branding: context.pack.branding)
    try drawEach(context, kinds: kinds) { indicator, kind, chart in
      let file = ChartFile(indicatorID: indicator.id, kind: kind)
      let formats: [(ChartFormat, String)] = [
        (.png(scale: 1), file.pngPath), (.png(scale: 2), file.png2xPath), (.pdf, file.pdfPath),
      ]
      for (format, path) in formats {
        let data = try ChartRenderer.render(
          chart, size: ChartFile.size(of: chart), format: format, date: date, style: style)
        try writer.write(data, to: path)
      }
      progress.advance()
    }
  }

  /// Calls `draw` with each chart that has something to draw, indicators on every core (they
  /// are independent); throws the first failure, by indicator, once all are done.
  static func drawEach(
    _ context: BuildContext, kinds: [ChartKind],
    _ draw: @Sendable (Indicator, ChartKind, any Chart) throws -> Void
  ) throws {
    let failures = charts(context).concurrentMap { indicator, assessment, drawable -> String? in
      do {
        for kind in drawable where kinds.contains(kind) {
          try draw(
            indicator, kind,
            kind.chart(indicator: indicator, assessment: assessment, pack: context.pack))
        }
        return nil
      } catch {
        return "\(indicator.id): \(error)"
      }
    }
    try ConcurrentFailure.throwFirst(of: failures)
  }
}

/// The failure of one of a step's concurrent tasks (a chart, a partner's summary), named by
/// what failed.
struct ConcurrentFailure: Error, CustomStringConvertible {
  let description: String

  /// Throws the first of the failures of concurrent tasks (nil: a task that succeeded), in
  /// order of their text, so the same inputs always report the same failure.
  static func throwFirst(of failures: [String?]) throws {
    if let first = failures.compactMap({ $0 }).sorted().first {
      throw ConcurrentFailure(description: first)
    }
  }
}

extension BuildContext {
  /// The date printed into documents' metadata (`Pack.documentDate(for:)`).
  var documentDate: CalendarDate { pack.documentDate(for: period) }
}
