import Presentation

/// Commentary Markdown as plain text for a cell, as the PDF reads it (`CommentaryMarkdown`):
/// paragraphs separated by a blank line with their hard line breaks joined, list items on lines
/// of their own after "•" (or their number), marks removed, and links as "text (url)".
enum CommentaryText {
  static func plain(_ markdown: String) -> String {
    let parts = CommentaryMarkdown.parse(markdown)
    var text = ""
    for (index, part) in parts.enumerated() {
      if index > 0 {
        // Items of one list stay on consecutive lines; paragraphs have a blank line between.
        let sameList = part.isItem && parts[index - 1].isItem && !part.afterBlank
        text += sameList ? "\n" : "\n\n"
      }
      switch part.block {
      case .paragraph(let inlines), .heading(let inlines):
        text += CommentaryMarkdown.plain(inlines)
      case .item(let marker, let inlines):
        text += "\(marker) " + CommentaryMarkdown.plain(inlines)
      }
    }
    return text
  }
}

extension CommentaryMarkdown.Part {
  fileprivate var isItem: Bool {
    if case .item = block { return true }
    return false
  }
}
