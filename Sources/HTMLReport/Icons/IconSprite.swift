import Charts
import Foundation
import IndicatorModel

/// Every icon the page uses, drawn once into a hidden SVG of `<symbol>`s and referenced with
/// `<use>` wherever it appears: a pack of 14 indicators shows some 60 icons but only a dozen
/// different ones.
final class IconSprite {
  private let drawing: any SVGChartDrawing
  private var used: [Icon] = []

  init(drawing: any SVGChartDrawing) {
    self.drawing = drawing
  }

  /// The markup that shows an icon (drawn by `IconImage`, the one icon routine of the charts
  /// and the PDF): decorative, since its words stand beside it.
  func use(_ icon: Icon) -> String {
    if !used.contains(icon) { used.append(icon) }
    let side = Int(Icon.dashboardSide)
    return "<svg class=\"icon\" viewBox=\"0 0 \(side) \(side)\" aria-hidden=\"true\" "
      + "focusable=\"false\"><use href=\"#\(icon.symbolID)\"></use></svg>"
  }

  /// The hidden SVG holding one `<symbol>` per icon used, in order of first use, and the
  /// charts' shared glyph outlines (`GlyphSharing`).
  func markup(glyphs: String = "") throws -> String {
    guard !used.isEmpty || !glyphs.isEmpty else { return "" }
    let side = Icon.dashboardSide
    var symbols: [String] = []
    for icon in used {
      let data = try drawing.svg(
        IconImage(icon), size: Size(width: side, height: side),
        idPrefix: icon.symbolID + "-")
      let body = InlineSVG.body(String(decoding: data, as: UTF8.self))
      symbols.append(
        "<symbol id=\"\(icon.symbolID)\" viewBox=\"0 0 \(Int(side)) \(Int(side))\">\(body)</symbol>"
      )
    }
    return
      "<svg class=\"sprite\" aria-hidden=\"true\" focusable=\"false\" width=\"0\" height=\"0\" "
      + "style=\"position:absolute\">\n" + symbols.joined(separator: "\n") + "\n"
      + (glyphs.isEmpty ? "" : "<defs>\n\(glyphs)\n</defs>\n") + "</svg>"
  }
}
