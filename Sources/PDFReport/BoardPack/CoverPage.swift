import Charts

/// The cover's words and colours, and how they are drawn: a band in the branding colour with
/// the organisation and board, the title (the document's H1), the period and meeting, the
/// headline beside a bar, the exceptions for the board's attention, and a note at the foot.
struct CoverPage {
  var organisation: String
  var board: String
  var title: String
  var periodLine: String
  var meetingLine: String?
  var headline: String
  /// The titles of the exceptions listed on the cover.
  var exceptions: [String]
  var brand: Colour
  var text: Colour
  var secondary: Colour

  /// Draws the cover in `rect`.
  func draw(on page: any PageCanvas, in rect: Rect) {
    drawBand(on: page, in: rect)
    var y = drawTitle(on: page, in: rect, y: rect.y + 170)
    y = drawHeadline(on: page, in: rect, y: y + 30)
    if !exceptions.isEmpty { drawExceptions(on: page, in: rect, y: y) }
    let note = page.typesetter.set(
      PangoMarkup(
        escaping: "Prepared by \(organisation) with boardpack from the pack's data files."),
      width: rect.width, style: ParagraphStyle(size: 8.5, colour: secondary))
    page.within(.paragraph) { page.draw(note, at: Point(x: rect.x, y: rect.maxY - 12)) }
  }

  /// The band across the top, with the organisation and the board in white.
  func drawBand(on page: any PageCanvas, in rect: Rect) {
    page.within(.artifact) {
      page.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 90), colour: brand)
    }
    let name = page.typesetter.set(
      .bold(organisation), width: rect.width - 40,
      style: ParagraphStyle(size: 16, colour: .white))
    page.within(.paragraph) { page.draw(name, at: Point(x: rect.x + 20, y: rect.y + 20)) }
    let boardLine = page.typesetter.set(
      PangoMarkup(escaping: board), width: rect.width - 40,
      style: ParagraphStyle(size: 12, colour: .white))
    page.within(.paragraph) { page.draw(boardLine, at: Point(x: rect.x + 20, y: rect.y + 50)) }
  }

  /// The title, then the period and meeting lines, from `y`; where the next thing goes.
  func drawTitle(on page: any PageCanvas, in rect: Rect, y top: Double) -> Double {
    var y = top
    let heading = page.typesetter.set(
      .bold(title), width: rect.width,
      style: ParagraphStyle(size: 26, colour: brand, lineSpacing: 4))
    page.within(.heading(level: 1)) { page.draw(heading, at: Point(x: rect.x, y: y)) }
    y += heading.height + 24
    for line in [periodLine, meetingLine] {
      guard let line else { continue }
      let set = page.typesetter.set(
        PangoMarkup(escaping: line), width: rect.width,
        style: ParagraphStyle(size: 14, colour: text))
      page.within(.paragraph) { page.draw(set, at: Point(x: rect.x, y: y)) }
      y += set.height + 8
    }
    return y
  }

  /// The headline beside a bar in the branding colour, from `y`; where the next thing goes.
  func drawHeadline(on page: any PageCanvas, in rect: Rect, y: Double) -> Double {
    page.within(.artifact) {
      page.fill(Rect(x: rect.x, y: y, width: 4, height: 60), colour: brand)
    }
    let words = page.typesetter.set(
      PangoMarkup(escaping: headline), width: rect.width - 20,
      style: ParagraphStyle(size: 12, colour: text, lineSpacing: 3))
    page.within(.paragraph) {
      page.draw(words, at: Point(x: rect.x + 16, y: y + (60 - words.height) / 2))
    }
    return y + 84
  }

  /// "For the board's attention" and a list of the exceptions' titles, from `y`.
  func drawExceptions(on page: any PageCanvas, in rect: Rect, y top: Double) {
    var y = top
    let label = page.typesetter.set(
      .bold("For the board's attention"), width: rect.width,
      style: ParagraphStyle(size: 11, colour: brand))
    page.within(.paragraph) { page.draw(label, at: Point(x: rect.x, y: y)) }
    y += label.height + 6
    page.within(.list) {
      for title in exceptions {
        let line = page.typesetter.set(
          "•  \(title)", width: rect.width, style: ParagraphStyle(size: 10.5, colour: text))
        page.within(.listItem) {
          page.within(.listBody) { page.draw(line, at: Point(x: rect.x + 4, y: y)) }
        }
        y += line.height + 3
      }
    }
  }
}
