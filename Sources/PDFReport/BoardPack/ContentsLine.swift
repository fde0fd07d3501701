import Charts

/// One line of the contents: a link to an anchor, with its title (sections in bold, entries
/// indented), a dotted leader and the page number on the right.
struct ContentsLine {
  let level: Int
  let indent: Double
  /// The text size.
  let size: Double
  let title: PangoMarkup
  let number: PangoMarkup
  /// The anchor the line points to.
  let destination: String
  let colour: Colour

  init(entry: ContentsEntry, colour: Colour) {
    level = entry.anchor.level
    indent = level == 0 ? 0.0 : 14.0
    size = level == 0 ? 10.0 : 9.0
    title =
      level == 0
      ? PangoMarkup.bold(entry.anchor.title) : PangoMarkup(escaping: entry.anchor.title)
    number = PangoMarkup(escaping: entry.page.map(String.init) ?? "00")
    destination = entry.anchor.id
    self.colour = colour
  }

  /// Draws the line in `rect`: a paragraph holding the link, the leader an artifact.
  func draw(on page: any PageCanvas, in rect: Rect) {
    let paragraph = ParagraphStyle(size: size, colour: colour)
    var right = paragraph
    right.alignment = .trailing
    page.within(.paragraph) {
      let words = page.typesetter.set(title, width: rect.width - indent - 40, style: paragraph)
      page.within(.link(destination: destination)) {
        page.draw(words, lines: 0..<1, at: Point(x: rect.x + indent, y: rect.y))
        page.draw(
          page.typesetter.set(number, width: 40, style: right),
          at: Point(x: rect.maxX - 40, y: rect.y))
      }
      // Dotted leader from the title to the number.
      let from = rect.x + indent + words.naturalWidth + 4
      let to = rect.maxX - 40 + 40 - page.typesetter.width(of: number, style: paragraph) - 4
      if to > from {
        page.within(.artifact) {
          page.strokeLine(
            from: Point(x: from, y: rect.y + size * 0.95),
            to: Point(x: to, y: rect.y + size * 0.95),
            style: StrokeStyle(
              colour: Colour(red: 0.6, green: 0.6, blue: 0.6), width: 0.6, dash: [0.6, 2.4]))
        }
      }
    }
  }
}
