import CCairo
import Charts
import Foundation
import IndicatorModel

/// Renders charts to PNG, SVG and PDF bytes with Cairo and Pango, from the one drawing routine
/// each chart has.
///
/// Output is deterministic: the same chart, size, style and date give the same bytes. Nothing
/// reads the clock; the PDF creation date is the `date` argument (design §6: "set PDF creation
/// dates from the period or an option").
public enum ChartRenderer {
  /// The chart drawn at `size` (canvas units, CSS pixels) in `format`.
  ///
  /// - Parameters:
  ///   - date: the PDF creation date, usually the reporting period's end; PNG and SVG carry no
  ///     date.
  ///   - idPrefix: put before every id in SVG output, so several charts inlined in one HTML
  ///     page do not clash (e.g. the indicator id and chart kind).
  public static func render(
    _ chart: some Chart, size: Size, format: ChartFormat, date: CalendarDate,
    style: ChartStyle = ChartStyle(), idPrefix: String = ""
  ) throws -> Data {
    guard size.width >= 1, size.height >= 1, size.width <= 20_000, size.height <= 20_000 else {
      throw RenderError("chart size \(size.width)×\(size.height) is outside 1…20000 units")
    }
    switch format {
    case .png(let scale):
      guard scale > 0, scale <= 8 else { throw RenderError("PNG scale \(scale) is outside 0…8") }
      return try renderPNG(chart, size: size, scale: scale, style: style)
    case .svg:
      return try renderSVG(chart, size: size, style: style, idPrefix: idPrefix)
    case .pdf:
      return try renderPDF(chart, size: size, date: date, style: style)
    }
  }

  /// Renders the chart and writes it to `url` in one step (the format from the arguments).
  public static func write(
    _ chart: some Chart, size: Size, format: ChartFormat, date: CalendarDate,
    style: ChartStyle = ChartStyle(), to url: URL
  ) throws {
    let data = try render(chart, size: size, format: format, date: date, style: style)
    do {
      try data.write(to: url, options: .atomic)
    } catch {
      let reason = FileProblem(error)?.reason(at: url.path) ?? FileProblem.describe(error)
      throw RenderError("cannot write \(url.path): \(reason)")
    }
  }

  /// Draws the chart into an in-memory bitmap and throws the pixels away: the drawing half of
  /// a PNG render without the encoding, so the benchmark can report the two apart.
  public static func rasterize(
    _ chart: some Chart, size: Size, scale: Double = 1, style: ChartStyle = ChartStyle()
  ) throws {
    let surface = cairo_image_surface_create(
      CAIRO_FORMAT_RGB24, Int32((size.width * scale).rounded(.up)),
      Int32((size.height * scale).rounded(.up)))
    defer { cairo_surface_destroy(surface) }
    try draw(chart, on: surface, size: size, scale: scale, style: style, tags: false)
    cairo_surface_flush(surface)
  }

  static func renderPNG(
    _ chart: some Chart, size: Size, scale: Double, style: ChartStyle
  ) throws -> Data {
    let surface = cairo_image_surface_create(
      CAIRO_FORMAT_RGB24, Int32((size.width * scale).rounded(.up)),
      Int32((size.height * scale).rounded(.up)))
    defer { cairo_surface_destroy(surface) }
    try draw(chart, on: surface, size: size, scale: scale, style: style, tags: false)
    return try PNGEncoder.encode(surface!)
  }

  static func renderSVG(
    _ chart: some Chart, size: Size, style: ChartStyle, idPrefix: String
  ) throws -> Data {
    let sink = StreamSink()
    let surface = cairo_svg_surface_create_for_stream(
      StreamSink.write, sink.closure, size.width, size.height)
    defer { cairo_surface_destroy(surface) }
    // Width and height in CSS pixels, so an inline SVG in HTML is the size asked for.
    cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PX)
    try draw(chart, on: surface, size: size, scale: 1, style: style, tags: false)
    cairo_surface_finish(surface)
    try check(cairo_surface_status(surface), "writing SVG")
    let svg = SVGIdentifiers.rewrite(String(decoding: sink.data, as: UTF8.self), prefix: idPrefix)
    return Data(SVGTitle.insert(title: chart.altText, into: svg).utf8)
  }

  static func renderPDF(
    _ chart: some Chart, size: Size, date: CalendarDate, style: ChartStyle
  ) throws -> Data {
    let sink = StreamSink()
    let pointsPerUnit = 0.75
    let surface = cairo_pdf_surface_create_for_stream(
      StreamSink.write, sink.closure, size.width * pointsPerUnit, size.height * pointsPerUnit)
    defer { cairo_surface_destroy(surface) }
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, chart.title)
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "boardpack")
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, chart.altText)
    let stamp = pdfDate(date)
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, stamp)
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, stamp)
    try draw(chart, on: surface, size: size, scale: pointsPerUnit, style: style, tags: true)
    cairo_surface_finish(surface)
    try check(cairo_surface_status(surface), "writing PDF")
    return sink.data
  }

  /// Paints the background and the chart on a new context for `surface`.
  static func draw(
    _ chart: some Chart, on surface: OpaquePointer?, size: Size, scale: Double,
    style: ChartStyle, tags: Bool
  ) throws {
    try check(cairo_surface_status(surface), "creating the surface")
    let context = cairo_create(surface)!
    defer { cairo_destroy(context) }
    cairo_scale(context, scale, scale)
    let background = style.palette.background
    cairo_set_source_rgba(context, background.red, background.green, background.blue, 1)
    cairo_paint(context)
    let canvas = CairoCanvas(context: context, size: size, tagsStructure: tags)
    chart.draw(on: canvas, style: style)
    try check(cairo_status(context), "drawing")
  }

  /// ISO 8601 at midnight UTC, the form Cairo expects for PDF dates.
  static func pdfDate(_ date: CalendarDate) -> String {
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(date.year)-\(two(date.month))-\(two(date.day))T00:00:00Z"
  }

  static func check(_ status: cairo_status_t, _ doing: String) throws {
    guard status == CAIRO_STATUS_SUCCESS else {
      throw RenderError("Cairo failed \(doing): \(String(cString: cairo_status_to_string(status)))")
    }
  }
}
