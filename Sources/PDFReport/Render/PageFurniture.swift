import CCairo
import Charts

/// The running header (logo, pack title, period) and footer (data-as-at, page n of N).
enum PageFurniture {
  static func draw(
    _ running: RunningText, page: Int, of total: Int, size: PageSize, context: PageContext
  ) {
    let style = context.style
    let cr = context.cairo
    let left = style.sideMargin
    let right = size.width - style.sideMargin
    let width = right - left
    var small = ParagraphStyle(size: style.runningSize, colour: style.secondaryText)
    let headerTop = style.topMargin - 34
    var titleLeft = left
    if let path = running.logoPath, let logoWidth = drawLogo(path, x: left, y: headerTop, cr: cr) {
      titleLeft += logoWidth + 8
    }
    let title = context.typesetter.set(
      PangoMarkup(escaping: running.title), width: width * 0.75 - (titleLeft - left), style: small)
    title.draw(0..<1, on: cr, x: titleLeft, y: headerTop + 6)
    small.alignment = .trailing
    let period = context.typesetter.set(
      .bold(running.period), width: width * 0.25, style: small)
    period.draw(on: cr, x: left + width * 0.75, y: headerTop + 6)
    rule(cr, from: left, to: right, y: style.topMargin - 16, colour: style.brand, width: 1)

    let footerTop = size.height - style.bottomMargin + 18
    rule(cr, from: left, to: right, y: footerTop - 4, colour: style.rule, width: 0.5)
    small.alignment = .leading
    context.typesetter.set(PangoMarkup(escaping: running.footer), width: width * 0.7, style: small)
      .draw(on: cr, x: left, y: footerTop)
    small.alignment = .trailing
    context.typesetter.set("Page \(page) of \(total)", width: width * 0.3, style: small)
      .draw(on: cr, x: left + width * 0.7, y: footerTop)
  }

  static func rule(
    _ cr: OpaquePointer, from x0: Double, to x1: Double, y: Double, colour: Colour, width: Double
  ) {
    cairo_set_source_rgb(cr, colour.red, colour.green, colour.blue)
    cairo_set_line_width(cr, width)
    cairo_move_to(cr, x0, y)
    cairo_line_to(cr, x1, y)
    cairo_stroke(cr)
  }

  /// Draws a PNG logo 20 points tall; its width, or nil when the file is not a readable PNG.
  static func drawLogo(_ path: String, x: Double, y: Double, cr: OpaquePointer) -> Double? {
    guard let image = cairo_image_surface_create_from_png(path) else { return nil }
    defer { cairo_surface_destroy(image) }
    guard cairo_surface_status(image) == CAIRO_STATUS_SUCCESS else { return nil }
    let w = Double(cairo_image_surface_get_width(image))
    let h = Double(cairo_image_surface_get_height(image))
    guard w > 0, h > 0 else { return nil }
    let scale = 20 / h
    cairo_save(cr)
    cairo_translate(cr, x, y)
    cairo_scale(cr, scale, scale)
    cairo_set_source_surface(cr, image, 0, 0)
    cairo_paint(cr)
    cairo_restore(cr)
    return w * scale
  }
}
