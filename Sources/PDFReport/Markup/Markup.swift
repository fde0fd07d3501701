/// Pango markup helpers: everything that is not markup we write ourselves is escaped, so text
/// from the pack (titles, commentary, notes) can never change the markup.
enum Markup {
  /// Text with `&`, `<`, `>`, `'` and `"` escaped for Pango markup.
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

  /// Escaped text in bold.
  static func bold(_ text: String) -> String { "<b>" + escape(text) + "</b>" }

  /// Escaped text in italic.
  static func italic(_ text: String) -> String { "<i>" + escape(text) + "</i>" }

  /// Escaped text in a colour (`#RRGGBB`).
  static func coloured(_ text: String, _ hex: String) -> String {
    "<span foreground=\"\(hex)\">" + escape(text) + "</span>"
  }
}
