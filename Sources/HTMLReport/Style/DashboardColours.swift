import Charts
import IndicatorModel

/// The dashboard's named colour pairs — a background and the text drawn on it — in one place,
/// so the contrast of every pair is tested (≥ 4.5:1) and the style sheets use them by name
/// (`var(--red)`, `var(--red-text)`), set by `page.mustache`.
public struct DashboardColours: Sendable {
  /// A background and the text colour that goes on it.
  public struct Pair: Sendable, Hashable {
    /// The CSS custom property name: `red` gives `--red` and `--red-text`.
    public var name: String
    /// The background.
    public var background: Colour
    /// The text on it.
    public var text: Colour
  }

  /// GOV.UK text colour.
  public static let text = Colour(rgb: 0x0B0C0C)

  /// Every pair, in the order the page declares them.
  public var pairs: [Pair]
  /// The pack's branding colour and the text on it (white, else near-black when white would
  /// not reach 4.5:1 — a pale brand colour stays readable).
  public var brand: Pair

  /// The palette for a pack's branding. RAG backgrounds are the charts' palette (GOV.UK red,
  /// orange, green), so a badge matches the chart marks.
  public init(branding: Branding) {
    let palette = Palette(branding: branding)
    func pair(_ name: String, _ background: Colour) -> Pair {
      Pair(
        name: name, background: background,
        text: Contrast.readableText(on: background, candidates: [.white, Self.text]))
    }
    pairs = [
      pair("red", palette.red), pair("amber", palette.amber), pair("green", palette.green),
      pair("none", Colour(rgb: 0xF3F2F1)),
      // Text on the page: body, secondary (notes, labels) and links, on white and on the light
      // grey of the contents bar and the theme rows.
      Pair(name: "page", background: .white, text: Self.text),
      Pair(name: "secondary", background: .white, text: Colour(rgb: 0x505A5F)),
      Pair(name: "link", background: .white, text: Colour(rgb: 0x1D70B8)),
      Pair(name: "link-on-grey", background: Colour(rgb: 0xF3F2F1), text: Colour(rgb: 0x1D70B8)),
    ]
    brand = pair("brand", palette.area)
  }
}
