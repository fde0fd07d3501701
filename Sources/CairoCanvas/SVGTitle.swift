import Foundation

/// Gives Cairo's SVG a `<title>` (the chart's alt text) and `role="img"`, which Cairo cannot
/// write itself, so an inline SVG is announced by screen readers (design §6.2).
enum SVGTitle {
  static func insert(title: String, into svg: String) -> String {
    // Searched in the UTF-8 view: Foundation's `range(of:)` would copy the whole chart to
    // UTF-16 to find a tag in its first few hundred bytes.
    var text = svg
    guard let open = text.utf8.firstRange(of: "<svg".utf8),
      let close = text.utf8[open.upperBound...].firstIndex(of: UInt8(ascii: ">"))
    else { return svg }
    text.replaceSubrange(
      close...close, with: " role=\"img\">\n<title>\(escape(title))</title>")
    return text
  }

  /// XML text escaping, on the UTF-8 bytes: only ASCII characters are escaped, and UTF-8
  /// never puts an ASCII byte inside another character (Characters cost a Unicode lookup each).
  static func escape(_ text: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "&"): out += "&amp;".utf8
      case UInt8(ascii: "<"): out += "&lt;".utf8
      case UInt8(ascii: ">"): out += "&gt;".utf8
      case UInt8(ascii: "\""): out += "&quot;".utf8
      default: out.append(byte)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
