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

  @Test("SPC pixels: white background, improvement blue and concern orange markers")
  func spcColours() throws {
    let data = try ChartRenderer.render(
      Samples.spc(), size: Size(width: 800, height: 400), format: .png(scale: 2), date: Samples.date
    )
    let image = try #require(PNGImage(data))
    #expect(image.pixel(x: 1, y: 1) == 0xFFFFFF)
    #expect(image.count(of: 0x2B8CC4) > 50)
    #expect(image.count(of: 0xCC6D00) > 50)
    #expect(image.count(of: 0x8A8A8A) > 50)
  }

  @Test("trend pixels: the area's line and the target line")
  func trendColours() throws {
    let data = try ChartRenderer.render(
      Samples.trend(), size: Size(width: 800, height: 400), format: .png(scale: 1),
      date: Samples.date)
    _ = try Samples.save(data, as: "trend.png")
    let image = try #require(PNGImage(data))
    #expect(image.count(of: 0x005EA5) > 100)
    #expect(image.count(of: 0xD4351C) > 20)
  }

  @Test("compare and sparkline render")
  func otherCharts() throws {
    let compare = try ChartRenderer.render(
      Samples.compare(), size: Size(width: 800, height: 400), format: .png(scale: 1),
      date: Samples.date)
    _ = try Samples.save(compare, as: "compare.png")
    #expect(try #require(PNGImage(compare)).count(of: 0x005EA5) > 200)
    let sparkline = Sparkline(
      title: "Registration", labels: Samples.quarterLabels(12), values: Samples.values(12),
      target: 45,
      format: ValueFormat(decimals: 1, unit: "%"))
    let spark = try ChartRenderer.render(
      sparkline, size: Size(width: 120, height: 32), format: .png(scale: 2), date: Samples.date)
    _ = try Samples.save(spark, as: "sparkline.png")
    let image = try #require(PNGImage(spark))
    #expect((image.width, image.height) == (240, 64))
    #expect(image.count(of: 0x005EA5) > 20)
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
    let image = try #require(PNGImage(data))
    #expect((image.width, image.height) == (Int(example.size.width), Int(example.size.height)))
    #expect(image.pixel(x: image.width - 1, y: image.height - 1) == 0xFFFFFF)
    #expect(image.count(of: 0x0B0C0C) > 100)  // text was drawn
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
      Icon.rag(.red), .rag(.green), .direction(.improved, polarity: .lowerIsBetter),
      .variation(.concernHigh), .assurance(.hitOrMiss),
    ])
  func icons(_ icon: Icon) throws {
    let png = try ChartRenderer.render(
      IconImage(icon), size: Size(width: 24, height: 24), format: .png(scale: 2),
      date: Samples.date)
    _ = try Samples.save(png, as: "icon-\(icon.caption.prefix(12)).png")
    let image = try #require(PNGImage(png))
    #expect(image.width == 48 && image.height == 48)
    // Mostly not background: the icon fills its square.
    #expect(image.pixels.filter { $0 != 0xFFFFFF }.count > 48 * 48 / 5)
    let svg = try ChartRenderer.render(
      IconImage(icon), size: Size(width: 24, height: 24), format: .svg, date: Samples.date)
    #expect(String(decoding: svg, as: UTF8.self).contains("<title>\(icon.caption)</title>"))
  }
}
