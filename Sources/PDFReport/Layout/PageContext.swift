import CCairo
import CairoCanvas

/// What a slice draws with: the page's Cairo context, the typesetter and the style.
final class PageContext {
  /// The `cairo_t *` of the PDF surface.
  let cairo: OpaquePointer
  let typesetter: Typesetter
  let style: PageStyle
  /// Text the charts have measured, shared by every chart of the document: they measure the
  /// same period labels and ticks again and again.
  let chartText = TextMetricsCache()

  init(cairo: OpaquePointer, typesetter: Typesetter, style: PageStyle) {
    self.cairo = cairo
    self.typesetter = typesetter
    self.style = style
  }
}
