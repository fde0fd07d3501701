import CCairo
import Charts

/// Small drawing helpers for page furniture.
enum Drawing {
  /// A filled rectangle.
  static func box(
    _ cr: OpaquePointer, x: Double, y: Double, width: Double, height: Double, fill: Colour
  ) {
    cairo_set_source_rgba(cr, fill.red, fill.green, fill.blue, fill.alpha)
    cairo_rectangle(cr, x, y, width, height)
    cairo_fill(cr)
  }
}
