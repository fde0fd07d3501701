/// Pango markup: what `pango_layout_set_markup` reads, where `<b>`, `&amp;` and quotes mean
/// something.
///
/// Text from the pack (titles, commentary, notes, numbers) becomes markup only by being escaped,
/// so it can never change the markup: through `PangoMarkup(escaping:)`, a style such as
/// `bold(_:)`, or as a `String` interpolated into markup. Markup boardpack writes itself is a
/// string literal, whose interpolations are escaped unless they are markup already:
///
/// ```swift
/// let latest: PangoMarkup = "<span size=\"smaller\">\(period.label)</span>"  // label escaped
/// ```
///
/// The typesetter takes nothing else, so an unescaped `String` cannot reach Pango.
public struct PangoMarkup: Hashable, Sendable {
  /// The markup as Pango reads it.
  public private(set) var text: String

  /// Markup that shows `text` as it is: `&`, `<`, `>`, `'` and `"` escaped.
  public init(escaping text: String) {
    self.text = Self.escape(text)
  }

  /// Markup for text already written as markup: a literal in boardpack's code, or the pieces
  /// of one (see `StringInterpolation`).
  init(markup: String) {
    text = markup
  }

  /// The two pieces of markup one after the other.
  public static func + (first: PangoMarkup, second: PangoMarkup) -> PangoMarkup {
    PangoMarkup(markup: first.text + second.text)
  }

  /// Appends `second`.
  public static func += (first: inout PangoMarkup, second: PangoMarkup) {
    first.text += second.text
  }

  /// `text` with `&`, `<`, `>`, `'` and `"` written as entities.
  static func escape(_ text: String) -> String {
    // Most text (numbers, periods, names) has nothing to escape: a byte scan is much cheaper
    // than walking it by `Character`.
    let special: (UInt8) -> Bool = {
      $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">")
        || $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "\"")
    }
    guard text.utf8.contains(where: special) else { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "'": out += "&#39;"
      case "\"": out += "&quot;"
      default: out.append(character)
      }
    }
    return out
  }
}
