import Presentation

/// Commentary Markdown (design §4.4: emphasis, lists, links), read by `CommentaryMarkdown`,
/// as Pango markup. Every piece of text is escaped, so commentary can never inject markup.
/// Links are printed as "text (url)": Cairo 1.16 link annotations make PDFs that `qpdf --check`
/// rejects.
enum PangoMarkdown {
  /// The blocks of a Markdown text; a heading is a paragraph in bold.
  static func blocks(_ text: String) -> [MarkdownBlock] {
    CommentaryMarkdown.parse(text).map { part in
      switch part.block {
      case .paragraph(let inlines): .paragraph(markup(inlines))
      case .heading(let inlines): .paragraph("<b>\(markup(inlines))</b>")
      case .item(let marker, let inlines): .item(marker: marker, text: markup(inlines))
      }
    }
  }

  /// Inline Markdown to Pango markup. A delimiter with no closing partner is plain text.
  static func inline(_ text: String) -> PangoMarkup {
    markup(CommentaryMarkdown.inline(text))
  }

  private static func markup(_ inlines: [CommentaryMarkdown.Inline]) -> PangoMarkup {
    var out: PangoMarkup = ""
    for part in inlines {
      switch part {
      case .text(let text): out += PangoMarkup(escaping: text)
      case .bold(let inner): out += "<b>\(markup(inner))</b>"
      case .italic(let inner): out += "<i>\(markup(inner))</i>"
      case .code(let text): out += "<tt>\(text)</tt>"
      case .link(let label, let url): out += "\(markup(label)) (\(url))"
      }
    }
    return out
  }
}
