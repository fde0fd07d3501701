import Ink

/// Commentary Markdown to HTML (design §4.4), with any HTML in the commentary shown as text.
///
/// Ink passes raw HTML through, so the Markdown source is escaped first: `<`, `>`, `&` and `"`
/// become entities, which Ink keeps as they are (it copies `&name;` through), so a `<script>`
/// in commentary reaches the page as `&lt;script&gt;` and shows literally. Markdown syntax uses
/// none of these characters except `>` for block quotes, which commentary does not need (a
/// quote shows as text). Ink escapes code spans and blocks itself, which would escape the
/// entities a second time; a modifier undoes that. Links keep only web and mail addresses and
/// page anchors (no `javascript:`), and images become their description: the dashboard loads
/// nothing from the network.
enum CommentaryMarkdown {
  /// The commentary as an HTML fragment.
  static func html(from markdown: String) -> String {
    var parser = MarkdownParser()
    parser.addModifier(
      Modifier(target: .codeBlocks) { html, _ in undoDoubleEscaping(html) })
    parser.addModifier(
      Modifier(target: .inlineCode) { html, _ in undoDoubleEscaping(html) })
    parser.addModifier(Modifier(target: .links) { html, _ in safeLink(html) })
    parser.addModifier(Modifier(target: .images) { _, markdown in imageAsText(markdown) })
    return parser.html(from: escape(markdown)).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// `<`, `>`, `&` and `"` as entities.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.count)
    for character in text {
      switch character {
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "&": out += "&amp;"
      case "\"": out += "&quot;"
      default: out.append(character)
      }
    }
    return out
  }

  /// Ink escapes `&` in code again: `&amp;lt;` back to `&lt;`.
  static func undoDoubleEscaping(_ html: String) -> String {
    html.replacingOccurrences(of: "&amp;", with: "&")
  }

  /// Schemes a link may use; anything else (`javascript:`, `data:`) loses its link.
  static let safeSchemes = ["http://", "https://", "mailto:", "#"]

  /// `<a href="URL">text</a>` kept when the URL is safe, else just the text.
  static func safeLink(_ html: String) -> String {
    guard let start = html.range(of: "href=\""),
      let end = html.range(of: "\"", range: start.upperBound..<html.endIndex)
    else { return html }
    let url = html[start.upperBound..<end.lowerBound].lowercased()
    if safeSchemes.contains(where: { url.hasPrefix($0) }) { return html }
    guard let textStart = html.range(of: ">"), let textEnd = html.range(of: "</a>") else {
      return ""
    }
    return String(html[textStart.upperBound..<textEnd.lowerBound])
  }

  /// `![description](url)` as `[image: description]`, already escaped.
  static func imageAsText(_ markdown: Substring) -> String {
    guard let open = markdown.firstIndex(of: "["), let close = markdown.firstIndex(of: "]"),
      open < close
    else { return "" }
    let description = markdown[markdown.index(after: open)..<close]
    return description.isEmpty ? "" : "[image: \(description)]"
  }
}
