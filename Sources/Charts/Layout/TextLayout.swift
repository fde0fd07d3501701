/// Fitting text into a width with measured runs: wrapping and ellipsizing.
///
/// Written here rather than with Pango's own wrapping because the charts must lay out the same
/// way on every canvas, including ones that only measure (the recording canvas).
enum TextLayout {
  /// The longest prefix of `text` that fits `maxWidth` with "…" appended, or `text` itself when
  /// it fits; empty when not even the ellipsis fits.
  static func ellipsize(
    _ text: String, style: TextStyle, maxWidth: Double, on canvas: any Canvas
  ) -> String {
    if canvas.measure(text: text, style: style).width <= maxWidth { return text }
    let characters = Array(text)
    var low = 0
    var high = characters.count
    // Binary search for the longest prefix that fits with the ellipsis.
    while low < high {
      let mid = (low + high + 1) / 2
      let candidate = trimmed(String(characters[0..<mid])) + "…"
      if canvas.measure(text: candidate, style: style).width <= maxWidth {
        low = mid
      } else {
        high = mid - 1
      }
    }
    let result = trimmed(String(characters[0..<low])) + "…"
    return canvas.measure(text: result, style: style).width <= maxWidth ? result : ""
  }

  /// `text` broken into lines that each fit `maxWidth`, at spaces where possible, at most
  /// `maxLines` of them; the last line is ellipsized when text is left over.
  static func wrap(
    _ text: String, style: TextStyle, maxWidth: Double, maxLines: Int, on canvas: any Canvas
  ) -> [String] {
    guard maxLines > 0, maxWidth > 0 else { return [] }
    func fits(_ line: String) -> Bool { canvas.measure(text: line, style: style).width <= maxWidth }
    var lines: [String] = []
    var current = ""
    var words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    var index = 0
    while index < words.count {
      let word = words[index]
      let candidate = current.isEmpty ? word : current + " " + word
      if fits(candidate) {
        current = candidate
        index += 1
      } else if current.isEmpty {
        // A single word wider than the line: break it where it stops fitting.
        let head = longestFittingPrefix(of: word, style: style, maxWidth: maxWidth, on: canvas)
        lines.append(head)
        words[index] = String(word.dropFirst(max(head.count, 1)))
        if words[index].isEmpty { index += 1 }
      } else {
        lines.append(current)
        current = ""
      }
    }
    if !current.isEmpty { lines.append(current) }
    if lines.count > maxLines {
      let rest = lines[(maxLines - 1)...].joined(separator: " ")
      lines = Array(lines.prefix(maxLines - 1))
      lines.append(ellipsize(rest, style: style, maxWidth: maxWidth, on: canvas))
    }
    return lines
  }

  static func longestFittingPrefix(
    of word: String, style: TextStyle, maxWidth: Double, on canvas: any Canvas
  ) -> String {
    let characters = Array(word)
    var count = characters.count
    while count > 1
      && canvas.measure(text: String(characters[0..<count]), style: style).width > maxWidth
    {
      count -= 1
    }
    return String(characters[0..<count])
  }

  static func trimmed(_ text: String) -> String {
    var text = text
    while text.last == " " { text.removeLast() }
    return text
  }
}
