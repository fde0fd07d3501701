import CCairo
import CPango
import Charts

extension CairoCanvas {
  /// Canvas primitive; see ``Canvas``.
  public func measure(text: String, style: TextStyle) -> TextMetrics {
    let key = TextMetricsCache.Key(text: text, font: fontKey(style), matrix: matrix)
    if let known = metrics.entries[key] { return known }
    prepare(text, style: style)
    let measured = layoutMetrics()
    metrics.entries[key] = measured
    return measured
  }

  /// The metrics of the text the layout holds now.
  func layoutMetrics() -> TextMetrics {
    var logical = PangoRectangle()
    pango_layout_get_extents(pangoLayout, nil, &logical)
    let scale = Double(PANGO_SCALE)
    return TextMetrics(
      width: Double(logical.width) / scale, height: Double(logical.height) / scale,
      baseline: Double(pango_layout_get_baseline(pangoLayout)) / scale)
  }

  /// Canvas primitive; see ``Canvas``.
  public func draw(text: String, at origin: Point, style: TextStyle) {
    let key = TextMetricsCache.Key(text: text, font: fontKey(style), matrix: matrix)
    prepare(text, style: style)
    let metrics = self.metrics.entries[key] ?? layoutMetrics()
    let left: Double
    switch style.alignment {
    case .leading: left = origin.x
    case .center: left = origin.x - metrics.width / 2
    case .trailing: left = origin.x - metrics.width
    }
    setSource(style.colour)
    cairo_move_to(context, left, origin.y)
    pango_cairo_show_layout(context, pangoLayout)
    cairo_new_path(context)
  }

  /// Sets the layout's text (plain, never parsed as markup) and font.
  func prepare(_ text: String, style: TextStyle) {
    pango_layout_set_font_description(pangoLayout, font(for: style))
    text.withCString { pango_layout_set_text(pangoLayout, $0, -1) }
  }

  /// The cache key of the style's font.
  func fontKey(_ style: TextStyle) -> FontKey {
    FontKey(family: style.family, size: style.size, weight: style.weight)
  }

  /// A cached font description for the style: family named explicitly, size in canvas units.
  func font(for style: TextStyle) -> OpaquePointer {
    let key = fontKey(style)
    if let cached = fonts[key] { return cached }
    let description = pango_font_description_new()!
    pango_font_description_set_family(description, style.family)
    // Absolute size: canvas units, not points, so 11 means 11 px in every format.
    pango_font_description_set_absolute_size(description, style.size * Double(PANGO_SCALE))
    pango_font_description_set_weight(
      description, style.weight == .bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
    fonts[key] = description
    return description
  }
}
