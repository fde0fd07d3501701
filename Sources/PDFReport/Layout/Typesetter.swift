import CCairo
import CPango
import Charts

/// Sets Pango markup into measured lines on one Cairo context: the same context later draws
/// them, so line and page breaks are decided by the metrics that draw (design §8, style.md:
/// "text is measured by the same backend that draws it").
public final class Typesetter {
  /// The `cairo_t *` the pages are drawn on.
  let context: OpaquePointer
  /// One Pango context for every layout: creating one per paragraph would repeat the font
  /// set-up each time.
  let pango: OpaquePointer
  let family: String
  private var fonts: [FontKey: OpaquePointer] = [:]
  /// Every paragraph set so far. A board pack sets the same text at the same width again and
  /// again (each data table's header row, period labels, "–", the running header on every
  /// page); laying it out and shaping it once and drawing the same lines each time gives the
  /// same glyphs, so the same bytes, for a fraction of the Pango work.
  private var paragraphs: [ParagraphKey: TextLines] = [:]

  struct ParagraphKey: Hashable {
    let markup: PangoMarkup
    let width: Double
    let style: ParagraphStyle
  }

  struct FontKey: Hashable {
    let size: Double
    let bold: Bool
    let italic: Bool
  }

  /// A typesetter for a Cairo context whose user units are points (`package`: the Cairo
  /// pointer is never public API).
  package init(context: OpaquePointer, family: String) {
    self.context = context
    self.family = family
    pango = pango_cairo_create_context(context)
    // Unhinted metrics, as the charts use: the layout does not depend on the output device.
    let options = cairo_font_options_create()
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
    pango_cairo_context_set_font_options(pango, options)
    cairo_font_options_destroy(options)
  }

  deinit {
    for description in fonts.values { pango_font_description_free(description) }
    g_object_unref(UnsafeMutableRawPointer(pango))
  }

  /// Sets `markup` in `width` points.
  public func set(_ markup: PangoMarkup, width: Double, style: ParagraphStyle) -> TextLines {
    // Space above does not change the lines; leaving it out of the key shares more.
    var shape = style
    shape.spaceBefore = 0
    let key = ParagraphKey(markup: markup, width: width, style: shape)
    if let set = paragraphs[key] { return set }
    let lines = layOut(markup, width: width, style: style)
    paragraphs[key] = lines
    return lines
  }

  /// A new Pango layout of `markup`, measured into lines.
  private func layOut(_ markup: PangoMarkup, width: Double, style: ParagraphStyle) -> TextLines {
    let layout = pango_layout_new(pango)!
    pango_layout_set_font_description(layout, font(style))
    pango_layout_set_width(layout, Int32(max(1, width) * Double(PANGO_SCALE)))
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
    pango_layout_set_spacing(layout, Int32(style.lineSpacing * Double(PANGO_SCALE)))
    switch style.alignment {
    case .leading: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
    case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
    case .trailing: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
    }
    // Most table cells are plain text: with no tag or entity there is nothing for Pango's
    // markup parser to do, and setting the text directly gives the same runs and glyphs.
    let text = markup.text
    if text.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) {
      text.withCString { pango_layout_set_markup(layout, $0, -1) }
    } else {
      text.withCString { pango_layout_set_text(layout, $0, -1) }
    }
    return TextLines(layout: layout, colour: style.colour)
  }

  /// The width of one line of markup at `style`, unwrapped.
  public func width(of markup: PangoMarkup, style: ParagraphStyle) -> Double {
    let lines = set(markup, width: 100_000, style: style)
    return lines.naturalWidth
  }

  func font(_ style: ParagraphStyle) -> OpaquePointer {
    let key = FontKey(size: style.size, bold: style.bold, italic: style.italic)
    if let cached = fonts[key] { return cached }
    let description = pango_font_description_new()!
    pango_font_description_set_family(description, family)
    pango_font_description_set_absolute_size(description, style.size * Double(PANGO_SCALE))
    pango_font_description_set_weight(
      description, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
    pango_font_description_set_style(
      description, style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
    fonts[key] = description
    return description
  }
}
