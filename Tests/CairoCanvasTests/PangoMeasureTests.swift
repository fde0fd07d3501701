import CCairo
import CairoCanvas
import Charts
import Testing

/// A Cairo canvas on a small image surface, for measuring.
final class MeasuringSurface {
  let surface: OpaquePointer
  let context: OpaquePointer
  let canvas: CairoCanvas

  init(size: Size) {
    surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(size.width), Int32(size.height))
    context = cairo_create(surface)
    canvas = CairoCanvas(context: context, size: size)
  }

  deinit {
    cairo_destroy(context)
    cairo_surface_destroy(surface)
  }
}

struct PangoMeasureTests {
  @Test("text is measured in Liberation Sans (Arial metrics: \"Hello\" is 2.278 em)")
  func liberationSans() {
    let surface = MeasuringSurface(size: Size(width: 10, height: 10))
    let metrics = surface.canvas.measure(
      text: "Hello", style: TextStyle(family: "Liberation Sans", size: 100))
    #expect(abs(metrics.width - 227.8) < 1)
    #expect(metrics.height > 100 && metrics.height < 125)
    let bold = surface.canvas.measure(
      text: "Hello", style: TextStyle(family: "Liberation Sans", size: 100, weight: .bold))
    #expect(bold.width > metrics.width)
  }

  struct Case: Sendable, CustomTestStringConvertible {
    let name: String
    let chart: any Chart
    var testDescription: String { name }
  }

  static let cases: [Case] =
    [4, 24, 80].flatMap { periods in
      [
        Case(
          name: "trend \(periods)",
          chart: Samples.trend(
            periods: periods,
            title: String(repeating: "Registration with a Children's Centre ", count: 6))),
        Case(
          name: "spc \(periods)",
          chart: Samples.spc(
            periods: periods,
            title: String(repeating: "Registration with a Children's Centre ", count: 6))),
      ]
    } + [Case(name: "compare", chart: Samples.compare())]

  @Test("with Pango's own metrics, no text overlaps or leaves the canvas", arguments: cases)
  func layoutWithRealMetrics(_ example: Case) {
    let size = Size(width: 800, height: 400)
    let surface = MeasuringSurface(size: size)
    let recorder = RecordingCanvas(size: size) { surface.canvas.measure(text: $0, style: $1) }
    example.chart.draw(on: recorder, style: ChartStyle())
    let bounds = Rect(x: 0, y: 0, width: size.width, height: size.height)
    let texts = recorder.texts
    for text in texts { #expect(bounds.contains(text.box), "\(text.text) off the canvas") }
    for i in texts.indices {
      for j in texts.indices where j > i {
        #expect(
          !texts[i].box.intersects(texts[j].box), "\(texts[i].text) overlaps \(texts[j].text)")
      }
    }
  }
}
