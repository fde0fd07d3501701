import CCairo
import CPango
import CairoCanvas
import Charts

/// The ``PageCanvas`` on a Cairo PDF surface: the one place page content reaches Cairo.
///
/// Structure is not written into the PDF yet: ``begin(_:)`` and ``end()`` draw nothing, so the
/// bytes are those of untagged drawing (issue 21 turns them into Cairo tags).
final class CairoPage: PageCanvas {
  /// The PDF surface, whose page size changes page by page; owned by the caller.
  private let surface: OpaquePointer
  /// The `cairo_t *` of `surface`; owned by the caller.
  private let cairo: OpaquePointer
  let typesetter: Typesetter
  /// Text the charts have measured, shared by every chart of the document: they measure the
  /// same period labels and ticks again and again.
  private let chartText = TextMetricsCache()

  /// A page canvas on `cairo`, drawing on the PDF `surface`, with text in `family`.
  init(surface: OpaquePointer, cairo: OpaquePointer, family: String) {
    self.surface = surface
    self.cairo = cairo
    typesetter = Typesetter(context: cairo, family: family)
  }

  /// Cairo's status: the first error while drawing, if any.
  var status: cairo_status_t { cairo_status(cairo) }

  func startPage(_ size: PageSize) {
    cairo_pdf_surface_set_size(surface, size.width, size.height)
  }

  func finishPage() {
    cairo_show_page(cairo)
  }

  func fill(_ rect: Rect, colour: Colour) {
    setSource(colour)
    cairo_rectangle(cairo, rect.x, rect.y, rect.width, rect.height)
    cairo_fill(cairo)
  }

  func strokeLine(from start: Point, to end: Point, style: StrokeStyle) {
    setSource(style.colour)
    cairo_set_line_width(cairo, style.width)
    var dash = style.dash
    if !dash.isEmpty { cairo_set_dash(cairo, &dash, Int32(dash.count), 0) }
    cairo_move_to(cairo, start.x, start.y)
    cairo_line_to(cairo, end.x, end.y)
    cairo_stroke(cairo)
    if !dash.isEmpty { cairo_set_dash(cairo, nil, 0, 0) }
  }

  func draw(_ text: TextLines, lines range: Range<Int>, at origin: Point) {
    guard let first = range.first, first < text.lines.count else { return }
    let top = text.lines[first].top
    setSource(text.colour)
    for index in range where index < text.lines.count {
      let line = text.lines[index]
      cairo_move_to(cairo, origin.x + line.left, origin.y + line.baseline - top)
      pango_cairo_show_layout_line(
        cairo, pango_layout_get_line_readonly(text.layout, Int32(index)))
    }
    cairo_new_path(cairo)
  }

  func draw(_ chart: any Chart, in rect: Rect, scale: Double, style: ChartStyle) {
    cairo_save(cairo)
    cairo_translate(cairo, rect.x, rect.y)
    cairo_scale(cairo, scale, scale)
    let canvas = CairoCanvas(
      context: cairo, size: Size(width: rect.width / scale, height: rect.height / scale),
      metrics: chartText)
    chart.draw(on: canvas, style: style)
    cairo_restore(cairo)
  }

  func drawPNG(_ path: String, at origin: Point, height: Double) -> Double? {
    guard let image = cairo_image_surface_create_from_png(path) else { return nil }
    defer { cairo_surface_destroy(image) }
    guard cairo_surface_status(image) == CAIRO_STATUS_SUCCESS else { return nil }
    let width = Double(cairo_image_surface_get_width(image))
    let imageHeight = Double(cairo_image_surface_get_height(image))
    guard width > 0, imageHeight > 0 else { return nil }
    let scale = height / imageHeight
    cairo_save(cairo)
    cairo_translate(cairo, origin.x, origin.y)
    cairo_scale(cairo, scale, scale)
    cairo_set_source_surface(cairo, image, 0, 0)
    cairo_paint(cairo)
    cairo_restore(cairo)
    return width * scale
  }

  /// Structure is recorded by the content but not yet written: see the type's documentation.
  func begin(_ element: PDFStructure) {}

  /// Structure is recorded by the content but not yet written: see the type's documentation.
  func end() {}

  private func setSource(_ colour: Colour) {
    cairo_set_source_rgba(cairo, colour.red, colour.green, colour.blue, colour.alpha)
  }
}
