import Foundation

/// Gives Cairo's SVG a `<title>` (the chart's alt text) and `role="img"`, which Cairo cannot
/// write itself, so an inline SVG is announced by screen readers (design §6.2).
enum SVGTitle {
  static func insert(title: String, into svg: String) -> String {
    var text = svg
    guard let open = text.range(of: "<svg"),
      let close = text.range(of: ">", range: open.upperBound..<text.endIndex)
    else { return svg }
    text.replaceSubrange(close, with: " role=\"img\">\n<title>\(escape(title))</title>")
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
