/// Commentary Markdown as plain text for a cell, as the PDF reads it: paragraphs separated by a
/// blank line with their hard line breaks joined, list items on lines of their own after "•"
/// (or their number), `**bold**`, `*italic*`, `_italic_` and `` `code` `` without their
/// marks, and links as "text (url)". The same subset `PDFReport` draws; anything else is left
/// as written.
enum CommentaryText {
  static func plain(_ markdown: String) -> String {
    var blocks: [(text: String, isItem: Bool, afterBlank: Bool)] = []
    var paragraph: [String] = []
    var item: (marker: String, lines: [String])?
    var blankBefore = false  // a blank line since the last block

    func add(_ text: String, isItem: Bool) {
      blocks.append((text, isItem, blankBefore))
      blankBefore = false
    }
    func flush() {
      if let current = item {
        add("\(current.marker) " + inline(current.lines.joined(separator: " ")), isItem: true)
        item = nil
      }
      if !paragraph.isEmpty {
        add(inline(paragraph.joined(separator: " ")), isItem: false)
        paragraph = []
      }
    }

    for raw in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = String(raw).trimmingSpaces()
      if line.isEmpty {
        flush()
        blankBefore = true
      } else if let (marker, rest) = listMarker(line) {
        flush()
        item = (marker, [rest])
      } else if item != nil, raw.first == " " || raw.first == "\t" {
        item?.lines.append(line)  // an indented continuation of the item
      } else if line.hasPrefix("#") {
        flush()
        paragraph = [String(line.drop { $0 == "#" }).trimmingSpaces()]
        flush()
      } else {
        if item != nil { flush() }
        paragraph.append(line)
      }
    }
    flush()
    var text = ""
    for (index, block) in blocks.enumerated() {
      if index > 0 {
        // Items of one list stay on consecutive lines; paragraphs have a blank line between.
        let sameList = block.isItem && blocks[index - 1].isItem && !block.afterBlank
        text += sameList ? "\n" : "\n\n"
      }
      text += block.text
    }
    return text
  }

  /// "- text", "* text", "+ text" or "12. text": the marker to print and the rest.
  static func listMarker(_ line: String) -> (String, String)? {
    for bullet in ["- ", "* ", "+ "] where line.hasPrefix(bullet) {
      return ("•", String(line.dropFirst(2)).trimmingSpaces())
    }
    let digits = line.prefix { $0.isASCII && $0.isNumber }
    if !digits.isEmpty, digits.count <= 3 {
      let rest = line.dropFirst(digits.count)
      if rest.hasPrefix(". ") || rest.hasPrefix(") ") {
        return (digits + ".", String(rest.dropFirst(2)).trimmingSpaces())
      }
    }
    return nil
  }

  /// Inline marks removed: emphasis and code marks, link brackets ("text (url)"), escapes.
  static func inline(_ text: String) -> String {
    let chars = Array(text)
    var out = ""
    var i = 0
    func closing(_ delimiter: [Character], from start: Int) -> Int? {
      var j = start
      while j + delimiter.count <= chars.count {
        if Array(chars[j..<(j + delimiter.count)]) == delimiter && j > start { return j }
        j += 1
      }
      return nil
    }
    while i < chars.count {
      let c = chars[i]
      let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
      if c == "\\", let next, "\\`*_[]()#+-.!".contains(next) {
        out.append(next)
        i += 2
      } else if c == "*" || c == "_", next == c, let end = closing([c, c], from: i + 2) {
        out += inline(String(chars[(i + 2)..<end]))
        i = end + 2
      } else if c == "*" || c == "_", let end = emphasisEnd(chars, at: i) {
        out += inline(String(chars[(i + 1)..<end]))
        i = end + 1
      } else if c == "`", let end = closing(["`"], from: i + 1) {
        out += String(chars[(i + 1)..<end])
        i = end + 1
      } else if c == "[", let close = closing(["]"], from: i + 1), close + 1 < chars.count,
        chars[close + 1] == "(", let end = closing([")"], from: close + 2)
      {
        out += inline(String(chars[(i + 1)..<close])) + " (\(String(chars[(close + 2)..<end])))"
        i = end + 1
      } else {
        out.append(c)
        i += 1
      }
    }
    return out
  }

  /// Where a single `*` or `_` at `i` closes, when it opens emphasis (`snake_case` does not).
  private static func emphasisEnd(_ chars: [Character], at i: Int) -> Int? {
    let c = chars[i]
    let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
    let before: Character? = i > 0 ? chars[i - 1] : nil
    guard let next, !next.isWhitespace,
      !(c == "_" && (before?.isLetter ?? false || before?.isNumber ?? false))
    else { return nil }
    var j = i + 2
    while j < chars.count {
      if chars[j] == c, !chars[j - 1].isWhitespace { return j }
      j += 1
    }
    return nil
  }
}
