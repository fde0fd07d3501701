import CCairo
import CPango
import Charts

/// The `Canvas` on a Cairo context, with text set and measured by Pango on that same context
/// (style.md: "text is measured by the same backend that draws it").
///
/// One drawing routine serves every surface: `ChartRenderer` makes a PNG, SVG or PDF surface
/// and hands its context here. The Report layer can also draw a chart into its own page
/// context with `init(context:size:)` after translating to where the chart goes.
public final class CairoCanvas: Canvas {
  /// The drawable area in canvas units.
  public let size: Size
  /// The `cairo_t *` drawn on; owned by the caller.
  let context: OpaquePointer
  let layout: OpaquePointer
  /// Whether `beginGroup` emits PDF structure tags (only PDF surfaces keep them).
  let tagsStructure: Bool
  var fonts: [FontKey: OpaquePointer] = [:]
  var openTags: [String] = []
  /// Measured text runs, perhaps shared with other canvases of the same document.
  let metrics: TextMetricsCache
  /// The Cairo transformation when the canvas was made, which its Pango context measures in.
  let matrix: [Double]

  struct FontKey: Hashable {
    let family: String
    let size: Double
    let weight: FontWeight
  }

  /// A canvas on an existing `cairo_t *` of the given size in canvas units. Set
  /// `tagsStructure` for a PDF surface to mark groups as tagged structure; pass `metrics` to
  /// share measured text with the other canvases of a document. `package`, not public: the
  /// Cairo pointer is this package's business (PDFReport draws charts on its pages with it),
  /// never a library user's.
  package init(
    context: OpaquePointer, size: Size, tagsStructure: Bool = false,
    metrics: TextMetricsCache = TextMetricsCache()
  ) {
    self.context = context
    self.size = size
    self.tagsStructure = tagsStructure
    self.metrics = metrics
    var ctm = cairo_matrix_t()
    cairo_get_matrix(context, &ctm)
    matrix = [ctm.xx, ctm.yx, ctm.xy, ctm.yy, ctm.x0, ctm.y0]
    self.layout = pango_cairo_create_layout(context)
    // The same metrics on every surface: unhinted, so a PNG at 2× and a PDF lay out alike.
    let options = cairo_font_options_create()
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
    cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
    pango_cairo_context_set_font_options(pango_layout_get_context(pangoLayout), options)
    cairo_font_options_destroy(options)
    pango_layout_context_changed(pangoLayout)
  }

  deinit {
    for description in fonts.values { pango_font_description_free(description) }
    g_object_unref(UnsafeMutableRawPointer(layout))
  }

  /// The `PangoLayout *` every text run is set in.
  var pangoLayout: OpaquePointer { layout }

  /// Canvas primitive; see ``Canvas``.
  public func fill(_ path: Path, colour: Colour) {
    build(path)
    setSource(colour)
    cairo_fill(context)
  }

  /// Canvas primitive; see ``Canvas``.
  public func stroke(_ path: Path, style: StrokeStyle) {
    build(path)
    setSource(style.colour)
    cairo_set_line_width(context, style.width)
    cairo_set_line_join(context, CAIRO_LINE_JOIN_ROUND)
    cairo_set_line_cap(context, CAIRO_LINE_CAP_BUTT)
    style.dash.withUnsafeBufferPointer {
      cairo_set_dash(context, $0.baseAddress, Int32($0.count), 0)
    }
    cairo_stroke(context)
  }

  /// Canvas primitive; see ``Canvas``.
  public func pushClip(_ rect: Rect) {
    cairo_save(context)
    cairo_rectangle(context, rect.x, rect.y, rect.width, rect.height)
    cairo_clip(context)
  }

  /// Canvas primitive; see ``Canvas``.
  public func popClip() {
    cairo_restore(context)
  }

  /// Canvas primitive; see ``Canvas``.
  public func beginGroup(_ group: CanvasGroup) {
    guard tagsStructure else { return }
    cairo_tag_begin(context, group.tag, "")
    openTags.append(group.tag)
  }

  /// Canvas primitive; see ``Canvas``.
  public func endGroup() {
    guard tagsStructure, let tag = openTags.popLast() else { return }
    cairo_tag_end(context, tag)
  }

  func setSource(_ colour: Colour) {
    cairo_set_source_rgba(context, colour.red, colour.green, colour.blue, colour.alpha)
  }

  func build(_ path: Path) {
    cairo_new_path(context)
    for element in path.elements {
      switch element {
      case .move(let p): cairo_move_to(context, p.x, p.y)
      case .line(let p): cairo_line_to(context, p.x, p.y)
      case .arc(let c, let r, let start, let end): cairo_arc(context, c.x, c.y, r, start, end)
      case .close: cairo_close_path(context)
      }
    }
  }
}
