import Charts

/// The running header (logo, pack title, period) and footer (data-as-at, page n of N), each an
/// artifact: furniture repeated on every page, outside the document's structure.
struct PageFurniture {
  let running: RunningText
  let style: PageStyle
  /// The page's size.
  let size: PageSize

  /// The body's left and right edges, and its width.
  var left: Double { style.sideMargin }
  var right: Double { size.width - style.sideMargin }
  var width: Double { right - left }

  /// Running text: small, in the secondary colour.
  func small(_ alignment: TextAlignment) -> ParagraphStyle {
    ParagraphStyle(size: style.runningSize, colour: style.secondaryText, alignment: alignment)
  }

  /// Draws the header and the footer of page `page` of `total`.
  func draw(page: Int, of total: Int, on canvas: any PageCanvas) {
    canvas.within(.artifact) { drawHeader(on: canvas) }
    canvas.within(.artifact) { drawFooter(page: page, of: total, on: canvas) }
  }

  /// The logo (if any) and the pack's title on the left, the period on the right, and a rule
  /// in the branding colour.
  func drawHeader(on canvas: any PageCanvas) {
    let typesetter = canvas.typesetter
    let headerTop = style.topMargin - 34
    var titleLeft = left
    if let path = running.logoPath,
      let logoWidth = canvas.drawPNG(path, at: Point(x: left, y: headerTop), height: 20)
    {
      titleLeft += logoWidth + 8
    }
    let period = typesetter.set(.bold(running.period), width: width * 0.25, style: small(.trailing))
    let title = runningTitle(
      width: width - period.naturalWidth - 12 - (titleLeft - left), typesetter: typesetter)
    canvas.draw(title, at: Point(x: titleLeft, y: headerTop + 6))
    canvas.draw(period, at: Point(x: left + width * 0.75, y: headerTop + 6))
    rule(on: canvas, y: style.topMargin - 16, colour: style.brand, width: 1)
  }

  /// The running title set on one line of `width` points: the full title if it fits, else the
  /// first shorter form that does, else the longest cut after a whole word that fits, marked "…".
  func runningTitle(width: Double, typesetter: Typesetter) -> TextLines {
    func set(_ text: String) -> TextLines {
      typesetter.set(PangoMarkup(escaping: text), width: width, style: small(.leading))
    }
    let forms = [running.title] + running.shorterTitles
    for form in forms {
      let lines = set(form)
      if lines.lines.count == 1 { return lines }
    }
    var words = (forms.last ?? "").split(separator: " ")
    while words.count > 1 {
      words.removeLast()
      let lines = set(words.joined(separator: " ") + "…")
      if lines.lines.count == 1 { return lines }
    }
    return set(String(words.first ?? ""))
  }

  /// A rule, then the data-as-at line on the left and "Page n of N" on the right.
  func drawFooter(page: Int, of total: Int, on canvas: any PageCanvas) {
    let typesetter = canvas.typesetter
    let footerTop = size.height - style.bottomMargin + 18
    rule(on: canvas, y: footerTop - 4, colour: style.rule, width: 0.5)
    let footer = typesetter.set(
      PangoMarkup(escaping: running.footer), width: width * 0.7, style: small(.leading))
    canvas.draw(footer, at: Point(x: left, y: footerTop))
    let number = typesetter.set(
      "Page \(page) of \(total)", width: width * 0.3, style: small(.trailing))
    canvas.draw(number, at: Point(x: left + width * 0.7, y: footerTop))
  }

  /// A rule across the body's width.
  func rule(on canvas: any PageCanvas, y: Double, colour: Colour, width lineWidth: Double) {
    canvas.strokeLine(
      from: Point(x: left, y: y), to: Point(x: right, y: y),
      style: StrokeStyle(colour: colour, width: lineWidth))
  }
}
