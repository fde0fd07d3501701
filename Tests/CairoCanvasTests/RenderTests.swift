import Analysis
import CairoCanvas
import Charts
import Foundation
import IndicatorModel
import Testing

/// Opens what the renderer writes: decodes PNGs, reads PDFs with poppler, parses SVG as XML.
struct PNGRenderTests {
  @Test("PNG signature and IHDR size at 1× and 2×", arguments: [1.0, 2.0])
  func size(_ scale: Double) throws {
    let data = try ChartRenderer.render(
      Samples.spc(), size: Size(width: 800, height: 400), format: .png(scale: scale),
      date: Samples.date)
    _ = try Samples.save(data, as: "spc-\(Int(scale))x.png")
    #expect(Array(data.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    let header = try #require(ihdrSize(data))
    #expect(header.width == Int(800 * scale))
    #expect(header.height == Int(400 * scale))
    let image = try #require(PNGImage(data))
    #expect(image.width == header.width && image.height == header.height)
  }

  @Test("SPC at 2× looks like its reference: limits, mean, improvement and concern markers")
  func spcLooksRight() throws {
    let data = try ChartRenderer.render(
      Samples.spc(), size: Size(width: 800, height: 400), format: .png(scale: 2), date: Samples.date
    )
    try ReferenceImage.expectMatches(data, name: "spc-2x")
  }

  @Test("trend looks like its reference: the area's line, England and the target line")
  func trendLooksRight() throws {
    let data = try ChartRenderer.render(
      Samples.trend(), size: Size(width: 800, height: 400), format: .png(scale: 1),
      date: Samples.date)
    try ReferenceImage.expectMatches(data, name: "trend")
  }

  @Test("compare chart and sparkline look like their references")
  func otherCharts() throws {
    // At the size every output gives it: as high as its bars.
    let compare = try ChartRenderer.render(
      Samples.compare(), size: ChartFile.size(of: Samples.compare()), format: .png(scale: 1),
      date: Samples.date)
    try ReferenceImage.expectMatches(compare, name: "compare")
    // 42 quarters: the last 20 drawn.
    let sparkline = Sparkline(
      title: "Registration", labels: Samples.quarterLabels(42), values: Samples.values(42),
      target: 45, format: ValueFormat(decimals: 1, unit: "%"), periodNoun: "quarters")
    let spark = try ChartRenderer.render(
      sparkline, size: Size(width: 120, height: 32), format: .png(scale: 2), date: Samples.date)
    try ReferenceImage.expectMatches(spark, name: "sparkline-2x")
  }

  struct Case: Sendable, CustomTestStringConvertible {
    let name: String
    let chart: any Chart
    let size: Size
    var testDescription: String { name }
  }

  static let edgeCases: [Case] = [
    Case(
      name: "trend-80-long-title",
      chart: Samples.trend(
        periods: 80,
        title: String(repeating: "Children's Centre registration of children under five ", count: 4)
      ), size: Size(width: 800, height: 400)),
    Case(
      name: "spc-insufficient", chart: Samples.spc(periods: 8, insufficient: true),
      size: Size(width: 800, height: 400)),
    Case(name: "spc-narrow", chart: Samples.spc(periods: 24), size: Size(width: 360, height: 260)),
    Case(name: "trend-4", chart: Samples.trend(periods: 4), size: Size(width: 480, height: 300)),
  ]

  @Test("edge cases render to a PNG of the asked size with a white corner", arguments: edgeCases)
  func edgeCase(_ example: Case) throws {
    let data = try ChartRenderer.render(
      example.chart, size: example.size, format: .png(scale: 1), date: Samples.date)
    _ = try Samples.save(data, as: example.name + ".png")
    try ReferenceImage.expectMatches(data, name: example.name)
  }

  @Test("a bad size or scale is an error, not a crash")
  func badSize() {
    #expect(throws: RenderError.self) {
      try ChartRenderer.render(
        Samples.trend(), size: Size(width: 0, height: 400), format: .svg, date: Samples.date)
    }
    #expect(throws: RenderError.self) {
      try ChartRenderer.render(
        Samples.trend(), size: Size(width: 10, height: 10), format: .png(scale: -1),
        date: Samples.date)
    }
  }
}

struct DeterminismTests {
  @Test(
    "same chart, same bytes", arguments: [ChartFormat.png(scale: 1), .png(scale: 2), .svg, .pdf])
  func sameBytes(_ format: ChartFormat) throws {
    let size = Size(width: 800, height: 400)
    let first = try ChartRenderer.render(
      Samples.spc(), size: size, format: format, date: Samples.date)
    // Render something else in between, so no counter or cache leaks into the output.
    _ = try ChartRenderer.render(Samples.trend(), size: size, format: format, date: Samples.date)
    let second = try ChartRenderer.render(
      Samples.spc(), size: size, format: format, date: Samples.date)
    #expect(first == second)
  }

  @Test("the PDF date comes from the argument")
  func pdfDate() throws {
    let size = Size(width: 400, height: 200)
    let a = try ChartRenderer.render(
      Samples.trend(periods: 4), size: size, format: .pdf, date: Samples.date)
    let b = try ChartRenderer.render(
      Samples.trend(periods: 4), size: size, format: .pdf,
      date: CalendarDate(year: 2015, month: 3, day: 31))
    #expect(a != b)
    #expect(String(decoding: a, as: UTF8.self).contains("20140331"))
  }
}

struct IconRenderTests {
  @Test(
    "icons render to PNG at 2× and to SVG with their caption",
    arguments: [
      Icon.rag(.red), .rag(.green), .movement(.down, .better),
      .variation(.concernHigh), .assurance(.hitOrMiss),
    ])
  func icons(_ icon: Icon) throws {
    let png = try ChartRenderer.render(
      IconImage(icon), size: Size(width: 24, height: 24), format: .png(scale: 2),
      date: Samples.date)
    _ = try Samples.save(png, as: "icon-\(icon.caption.prefix(12)).png")
    try ReferenceImage.expectMatches(png, name: "icon-" + Self.slug(icon.caption))
    let svg = try ChartRenderer.render(
      IconImage(icon), size: Size(width: 24, height: 24), format: .svg, date: Samples.date)
    #expect(String(decoding: svg, as: UTF8.self).contains("<title>\(icon.caption)</title>"))
  }

  static func slug(_ caption: String) -> String {
    caption.lowercased().split { !($0.isLetter || $0.isNumber) }.joined(separator: "-")
  }
}
