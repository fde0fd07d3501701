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
  /// The units of either step: one per chart of each assessed indicator.
  static func units(_ context: BuildContext) -> Int {
    let assessed = Set(context.assessment.indicators.map(\.id))
    return context.pack.indicators.filter { assessed.contains($0.id) }.count * kinds.count
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

  /// Calls `draw` with each chart of each assessed indicator, indicators on every core (they
  /// are independent); throws the first failure, by indicator, once all are done.
  static func drawEach(
    _ context: BuildContext, kinds: [ChartKind],
    _ draw: @Sendable (Indicator, ChartKind, any Chart) throws -> Void
  ) throws {
    let indicators = context.pack.indicators
    let assessed = Dictionary(
      context.assessment.indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let failures = indicators.concurrentMap { indicator -> String? in
      guard let assessment = assessed[indicator.id] else { return nil }
      do {
        for kind in kinds {
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
