import Foundation

/// Gives Cairo's SVG a `<title>` (the chart's alt text) and `role="img"`, which Cairo cannot
/// write itself, so an inline SVG is announced by screen readers (design §6.2).
enum SVGTitle {
  static func insert(title: String, into svg: String) -> String {
    // Searched in the UTF-8 view: Foundation's `range(of:)` copied the whole chart to UTF-16
    // to find a tag in its first few hundred bytes.
    var text = svg
    guard let open = text.utf8.firstRange(of: "<svg".utf8),
      let close = text.utf8[open.upperBound...].firstIndex(of: UInt8(ascii: ">"))
    else { return svg }
    text.replaceSubrange(
      close...close, with: " role=\"img\">\n<title>\(escape(title))</title>")
    return text
  }

  /// XML text escaping.
  static func escape(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.append(character)
      }
    }
    return out
  }
}
