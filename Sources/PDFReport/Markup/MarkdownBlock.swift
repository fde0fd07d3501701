/// A block of commentary Markdown, its inline text already converted to Pango markup.
enum MarkdownBlock: Hashable {
  /// A paragraph.
  case paragraph(PangoMarkup)
  /// A list item; the marker is "•" or "3.".
  case item(marker: String, text: PangoMarkup)
}
