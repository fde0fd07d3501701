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
    let title = typesetter.set(
      PangoMarkup(escaping: running.title), width: width * 0.75 - (titleLeft - left),
      style: small(.leading))
    canvas.draw(title, lines: 0..<1, at: Point(x: titleLeft, y: headerTop + 6))
    let period = typesetter.set(.bold(running.period), width: width * 0.25, style: small(.trailing))
    canvas.draw(period, at: Point(x: left + width * 0.75, y: headerTop + 6))
    rule(on: canvas, y: style.topMargin - 16, colour: style.brand, width: 1)
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
