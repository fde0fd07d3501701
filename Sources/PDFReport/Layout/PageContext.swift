import CCairo

/// What a slice draws with: the page's Cairo context, the typesetter and the style.
final class PageContext {
  /// The `cairo_t *` of the PDF surface.
  let cairo: OpaquePointer
  let typesetter: Typesetter
  let style: PageStyle

  init(cairo: OpaquePointer, typesetter: Typesetter, style: PageStyle) {
    self.cairo = cairo
    self.typesetter = typesetter
    self.style = style
  }
}
