import Foundation

/// Commentary Markdown (design §4.4) read once for every output that draws it as something other
/// than HTML: pack.pdf (Pango markup) and pack.xlsx (plain text).
///
/// Written by hand rather than through Ink (which is in the local package set) because Ink
/// produces HTML, which each of those outputs would then have to take apart again. The subset
/// is small — paragraphs, `#` headings, `-`/`*`/`+`/`1.` lists, `**bold**`,
/// `*italic*`/`_italic_`, `` `code` `` and `[text](url)` — and anything else is text as written.
public enum CommentaryMarkdown {
  /// A run of text and its marks.
  public indirect enum Inline: Hashable, Sendable {
    case text(String)
    case bold([Inline])
    case italic([Inline])
    case code(String)
    case link(label: [Inline], url: String)
  }

  /// A paragraph, a heading or a list item; the marker is "•" or "3.".
  public enum Block: Hashable, Sendable {
    case paragraph([Inline])
    case heading([Inline])
    case item(marker: String, [Inline])
  }

  /// A block, and whether a blank line stood before it (a blank line ends a list).
  public struct Part: Hashable, Sendable {
    public var block: Block
    public var afterBlank: Bool
  }

  /// The blocks of a Markdown text, in order.
  public static func parse(_ text: String) -> [Part] {
    var parts: [Part] = []
    var paragraph: [String] = []
    var item: (marker: String, lines: [String])?
    var blankBefore = false

    func add(_ block: Block) {
      parts.append(Part(block: block, afterBlank: blankBefore))
      blankBefore = false
    }
    func flush() {
      if let current = item {
        add(.item(marker: current.marker, inline(current.lines.joined(separator: " "))))
        item = nil
      }
      if !paragraph.isEmpty {
        add(.paragraph(inline(paragraph.joined(separator: " "))))
        paragraph = []
      }
    }

    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = raw.trimmingCharacters(in: .whitespaces)
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
        add(.heading(inline(line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces))))
      } else {
        if item != nil { flush() }
        paragraph.append(line)
      }
    }
    flush()
    return parts
  }

  /// "- text", "* text", "+ text" or "12. text": the marker to print and the rest.
  public static func listMarker(_ line: String) -> (String, String)? {
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

  /// Inline marks. A delimiter with no closing partner is text.
  public static func inline(_ text: String) -> [Inline] {
    parse(inline: Array(text))
  }

  private static func parse(inline chars: [Character]) -> [Inline] {
    var out: [Inline] = []
    var pending = ""
    func emit(_ part: Inline) {
      if !pending.isEmpty { out.append(.text(pending)) }
      pending = ""
      out.append(part)
    }
    func closing(_ delimiter: [Character], from start: Int) -> Int? {
      var j = start
      while j + delimiter.count <= chars.count {
        if Array(chars[j..<(j + delimiter.count)]) == delimiter && j > start { return j }
        j += 1
      }
      return nil
    }
    var i = 0
    while i < chars.count {
      let c = chars[i]
      let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
      if c == "\\", let next, "\\`*_[]()#+-.!".contains(next) {
        pending.append(next)
        i += 2
        continue
      }
      if c == "*" || c == "_", next == c, let end = closing([c, c], from: i + 2) {
        emit(.bold(parse(inline: Array(chars[(i + 2)..<end]))))
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
          emit(.italic(parse(inline: Array(chars[(i + 1)..<end]))))
          i = end + 1
          continue
        }
      }
      if c == "`", let end = closing(["`"], from: i + 1) {
        emit(.code(String(chars[(i + 1)..<end])))
        i = end + 1
        continue
      }
      if c == "[", let close = closing(["]"], from: i + 1), close + 1 < chars.count,
        chars[close + 1] == "(", let end = closing([")"], from: close + 2)
      {
        emit(
          .link(
            label: parse(inline: Array(chars[(i + 1)..<close])),
            url: String(chars[(close + 2)..<end])))
        i = end + 1
        continue
      }
      pending.append(c)
      i += 1
    }
    if !pending.isEmpty { out.append(.text(pending)) }
    return out
  }

  /// The text without its marks, links as "text (url)": for a spreadsheet cell.
  public static func plain(_ inlines: [Inline]) -> String {
    inlines.map { part in
      switch part {
      case .text(let text), .code(let text): text
      case .bold(let inner), .italic(let inner): plain(inner)
      case .link(let label, let url): "\(plain(label)) (\(url))"
      }
    }.joined()
  }
}
