import Foundation

/// Commentary Markdown (design §4.4: emphasis, lists, links) converted to Pango markup.
///
/// Written by hand rather than through Ink (which is in the local package set) because Ink
/// produces HTML, and HTML would then need a second converter into Pango's own markup with
/// its own escaping rules. The subset is small — paragraphs, `-`/`*`/`1.` lists, `**bold**`,
/// `*italic*`/`_italic_`, `` `code` `` and `[text](url)` — and everything else is escaped, so
/// commentary can never inject markup. Links are printed as "text (url)": Cairo 1.16 link
/// annotations make PDFs that `qpdf --check` rejects.
enum PangoMarkdown {
  /// The blocks of a Markdown text.
  static func blocks(_ text: String) -> [MarkdownBlock] {
    var blocks: [MarkdownBlock] = []
    var paragraph: [String] = []
    var item: (marker: String, lines: [String])?

    func flush() {
      if let current = item {
        blocks.append(
          .item(marker: current.marker, text: inline(current.lines.joined(separator: " "))))
        item = nil
      }
      if !paragraph.isEmpty {
        blocks.append(.paragraph(inline(paragraph.joined(separator: " "))))
        paragraph = []
      }
    }

    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = raw.trimmingCharacters(in: .whitespaces)
      if line.isEmpty {
        flush()
        continue
      }
      if let (marker, rest) = listMarker(line) {
        flush()
        item = (marker, [rest])
      } else if item != nil, raw.first == " " || raw.first == "\t" {
        item?.lines.append(line)  // an indented continuation of the item
      } else if line.hasPrefix("#") {
        flush()
        let title = line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
        blocks.append(.paragraph("<b>\(inline(title))</b>"))
      } else {
        if item != nil { flush() }
        paragraph.append(line)
      }
    }
    flush()
    return blocks
  }

  /// "- text", "* text", "+ text" or "12. text": the marker to print and the rest.
  static func listMarker(_ line: String) -> (String, String)? {
    for bullet in ["- ", "* ", "+ "] where line.hasPrefix(bullet) {
      return ("•", String(line.dropFirst(2)).trimmingCharacters(in: .whitespaces))
    }
    let digits = line.prefix { $0.isASCII && $0.isNumber }
    if !digits.isEmpty, digits.count <= 3 {
      let rest = line.dropFirst(digits.count)
      if rest.hasPrefix(". ") || rest.hasPrefix(") ") {
        return (digits + ".", String(rest.dropFirst(2)).trimmingCharacters(in: .whitespaces))
      }
    }
    return nil
  }

  /// Inline Markdown to Pango markup. A delimiter with no closing partner is plain text.
  static func inline(_ text: String) -> PangoMarkup {
    convert(Array(text))
  }

  private static func convert(_ chars: [Character]) -> PangoMarkup {
    var out: PangoMarkup = ""
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
        out += PangoMarkup(escaping: String(next))
        i += 2
        continue
      }
      if (c == "*" || c == "_"), next == c, let end = closing([c, c], from: i + 2) {
        out += "<b>\(convert(Array(chars[(i + 2)..<end])))</b>"
        i = end + 2
        continue
      }
      if c == "*" || c == "_" {
        let before: Character? = i > 0 ? chars[i - 1] : nil
        // `snake_case_words` are not emphasis.
        let opens =
          next.map { !$0.isWhitespace } ?? false
          && !(c == "_" && (before?.isLetter ?? false || before?.isNumber ?? false))
        if opens, let end = closing([c], from: i + 1), !chars[end - 1].isWhitespace {
          out += "<i>\(convert(Array(chars[(i + 1)..<end])))</i>"
          i = end + 1
          continue
        }
      }
      if c == "`", let end = closing(["`"], from: i + 1) {
        out += "<tt>\(String(chars[(i + 1)..<end]))</tt>"
        i = end + 1
        continue
      }
      if c == "[", let close = closing(["]"], from: i + 1), close + 1 < chars.count,
        chars[close + 1] == "(", let end = closing([")"], from: close + 2)
      {
        let label = convert(Array(chars[(i + 1)..<close]))
        let url = String(chars[(close + 2)..<end])
        out += "\(label) (\(url))"
        i = end + 1
        continue
      }
      out += PangoMarkup(escaping: String(c))
      i += 1
    }
    return out
  }
}
