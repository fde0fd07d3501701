import CCairo
import Charts

/// Text runs already measured by Pango, shared by the canvases of one document.
///
/// Charts measure the same strings over and over: every period label, tick value and "Ag" line
/// height, again for each text budget a frame tries, and again in every chart of a board pack.
/// Pango's answer depends only on the text, the font, the font options (the same for every
/// canvas) and the transformation the canvas's Pango context took from the Cairo context when
/// the canvas was made; with all of those in the key, a remembered answer is the one Pango
/// would give, so the drawing does not change.
///
/// Not thread-safe: one cache per document, drawn on one thread.
public final class TextMetricsCache {
  struct Key: Hashable {
    let text: String
    let font: CairoCanvas.FontKey
    let matrix: [Double]
  }

  var entries: [Key: TextMetrics] = [:]

  /// An empty cache.
  public init() {}
}
