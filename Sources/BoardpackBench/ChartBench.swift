import Analysis
import CairoCanvas
import Charts
import Foundation
import IndicatorModel

/// One 800×400 trend and SPC chart of the example pack's Children's Centre registration, to
/// PNG, SVG and PDF (design §10: under 5 ms each), with the drawing and the PNG encoding timed
/// apart and the file sizes printed.
enum ChartBench {
  static func run(_ pack: Pack, into table: inout BenchTable) {
    // The series starts in 2009/10 Q1, so 2014/15 Q4 gives the ~24 points of design §10.
    let period = Period("2014/15 Q4", periodicity: .financialQuarter)
    let assessment = Assessor.assess(pack, period: period, generatorVersion: "bench")
    guard let indicator = pack.indicators.first(where: { $0.id == "cc-registration" }),
      let reading = assessment.indicators.first(where: { $0.id == "cc-registration" })
    else {
      Swift.print("chart bench skipped: no cc-registration in the pack")
      return
    }
    let size = ChartFile.standardSize
    let date = reading.period?.end ?? CalendarDate(year: 2020, month: 1, day: 1)
    let style = ChartStyle(branding: pack.branding)
    var sizes: [String] = []
    for kind in [ChartKind.trend, .spc] {
      let name = kind == .trend ? "trend" : "SPC"
      let chart = table.time("\(name) chart spec from the assessment", repeats: 200) {
        kind.chart(indicator: indicator, assessment: reading, pack: pack)
      }
      let points =
        (chart as? TrendChart)?.points.count ?? (chart as? ControlChart)?.points.count ?? 0
      _ = table.time("\(name) (\(points) points) layout on the recording canvas", repeats: 50) {
        let canvas = RecordingCanvas(size: size)
        chart.draw(on: canvas, style: style)
        return canvas.operations.count
      }
      _ = table.time("\(name) drawn by Cairo into a bitmap (no encoding)", repeats: 50) {
        try? ChartRenderer.rasterize(chart, size: size, style: style)
      }
      _ = table.time("\(name) drawn by Cairo into a 2× bitmap (no encoding)", repeats: 50) {
        try? ChartRenderer.rasterize(chart, size: size, scale: 2, style: style)
      }
      for (label, format) in [
        ("PNG 1×", ChartFormat.png(scale: 1)), ("PNG 2×", .png(scale: 2)), ("SVG", .svg),
        ("PDF", .pdf),
      ] {
        let data = table.time("\(name) 800×400 → \(label), drawn and encoded", repeats: 30) {
          (try? ChartRenderer.render(chart, size: size, format: format, date: date, style: style))
            ?? Data()
        }
        sizes.append(
          "\(name) \(label): \(NumberFormat.format(Double(data.count) / 1024, decimals: 1)) KB")
      }
    }
    table.notes += ["file sizes: " + sizes.joined(separator: ", ")]
  }
}
