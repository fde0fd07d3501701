import CCairo
import CairoCanvas
import Charts
import Testing

/// A shared text-metrics cache gives every canvas the metrics Pango gives it alone.
struct TextMetricsCacheTests {
  /// Measures `texts` on a fresh canvas over a context scaled by `scale`, sharing `cache`.
  func measure(_ texts: [String], scale: Double, cache: TextMetricsCache?) -> [TextMetrics] {
    let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 10, 10)!
    let context = cairo_create(surface)!
    defer {
      cairo_destroy(context)
      cairo_surface_destroy(surface)
    }
    cairo_scale(context, scale, scale)
    let size = Size(width: 10, height: 10)
    let canvas =
      cache.map { CairoCanvas(context: context, size: size, metrics: $0) }
      ?? CairoCanvas(context: context, size: size)
    let style = TextStyle(family: "Liberation Sans", size: 11)
    // Twice each, so the second answer comes from the cache.
    return texts.map { canvas.measure(text: $0, style: style) }
      + texts.map { canvas.measure(text: $0, style: style) }
  }

  @Test("canvases at different scales sharing a cache each get their own Pango metrics")
  func sharedAcrossScales() {
    let texts = ["2013/14 Q4", "Ag", "Registration with a Children's Centre", "47.9%"]
    let cache = TextMetricsCache()
    for scale in [0.75, 1, 2.5, 0.75] {
      let shared = measure(texts, scale: scale, cache: cache)
      let alone = measure(texts, scale: scale, cache: nil)
      #expect(shared == alone, "scale \(scale)")
    }
  }

  @Test("a bold run is not answered with the regular run's width")
  func fontInKey() {
    let surface = MeasuringSurface(size: Size(width: 10, height: 10))
    let regular = surface.canvas.measure(
      text: "Hello", style: TextStyle(family: "Liberation Sans", size: 20))
    let bold = surface.canvas.measure(
      text: "Hello", style: TextStyle(family: "Liberation Sans", size: 20, weight: .bold))
    #expect(bold.width > regular.width)
  }
}
