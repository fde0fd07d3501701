import Charts

extension Block {
  /// The slices of this block, set in `width` points, each declaring its structure.
  func slices(width: Double, typesetter: Typesetter, style: PageStyle) -> [Slice] {
    switch self {
    case .heading(let text, let level, let anchor):
      return Self.heading(
        text, level: level, anchor: anchor, width: width, typesetter: typesetter, style: style)

    case .paragraph(let markup, let paragraph, let indent):
      return Self.lines(
        typesetter.set(markup, width: width - indent, style: paragraph),
        spaceBefore: paragraph.spaceBefore, indent: indent
      ).within(.paragraph)

    case .list(let items):
      return items.flatMap { $0.slices(width: width, typesetter: typesetter) }.within(.list)

    case .table(let table):
      return table.slices(width: width, typesetter: typesetter, style: style)

    case .chart(let chart, let height):
      return [Self.chart(chart, width: width, height: height, style: style)]

    case .drawing(let height, let spaceBefore, let draw):
      return [
        Slice(height: height, spaceBefore: spaceBefore) { page, x, y in
          draw(page, Rect(x: x, y: y, width: width, height: height))
        }
      ]

    case .keepTogether(let blocks):
      var slices = blocks.slices(width: width, typesetter: typesetter, style: style)
      for index in slices.indices.dropLast() { slices[index].keepWithNext = true }
      return slices

    case .keepWithPrevious(let block):
      return block.slices(width: width, typesetter: typesetter, style: style)

    case .pageBreak:
      return [Slice(height: 0, breakBefore: true, draw: { _, _, _ in })]

    case .spacer(let height):
      return [Slice(height: 0, spaceBefore: height, draw: { _, _, _ in })]

    case .anchor(let anchor):
      return [Slice(height: 0, keepWithNext: true, anchor: anchor, draw: { _, _, _ in })]
    }
  }

  /// A heading's lines, kept with each other and with what follows, then a little air.
  static func heading(
    _ text: String, level: Int, anchor: Anchor?, width: Double, typesetter: Typesetter,
    style: PageStyle
  ) -> [Slice] {
    let sizes = style.headingSizes
    let size = sizes[min(level, sizes.count - 1)]
    let paragraph = ParagraphStyle(
      size: size, bold: true, colour: level == 0 ? style.brand : style.text,
      spaceBefore: size * 0.9)
    var slices = lines(
      typesetter.set(PangoMarkup(escaping: text), width: width, style: paragraph),
      spaceBefore: paragraph.spaceBefore, indent: 0
    ).within(.heading(level: level + 2))
    for index in slices.indices { slices[index].keepWithNext = true }
    slices[0].anchor = anchor
    // A little air under a heading, kept with it.
    slices.append(Slice(height: size * 0.35, keepWithNext: true, draw: { _, _, _ in }))
    return slices
  }

  /// A chart across the body width, a figure with the chart's text alternative.
  static func chart(_ chart: any Chart, width: Double, height: Double, style: PageStyle) -> Slice {
    let scale = style.pointsPerChartUnit
    let chartStyle = style.chart
    return Slice(height: height, spaceBefore: 8) { page, x, y in
      page.drawFigure(
        chart, in: Rect(x: x, y: y, width: width, height: height), scale: scale,
        style: chartStyle)
    }
  }

  /// One slice per line, with orphan and widow control: the first two lines stay together and
  /// so do the last two.
  static func lines(_ text: TextLines, spaceBefore: Double, indent: Double) -> [Slice] {
    let count = text.lines.count
    return text.lines.indices.map { index in
      Slice(
        height: text.lines[index].height, spaceBefore: index == 0 ? spaceBefore : 0,
        keepWithNext: (index == 0 && count > 1) || index == count - 2
      ) { page, x, y in
        page.draw(text, lines: index..<(index + 1), at: Point(x: x + indent, y: y))
      }
    }
  }
}

extension ListItem {
  /// The item's lines, its marker drawn as the label beside the first.
  func slices(width: Double, typesetter: Typesetter) -> [Slice] {
    let lines = typesetter.set(text, width: width - indent, style: style)
    let bullet = typesetter.set(PangoMarkup(escaping: marker), width: indent, style: style)
    var slices = Block.lines(lines, spaceBefore: style.spaceBefore, indent: indent)
      .within(.listBody)
    let first = slices[0].draw
    let indent = indent
    slices[0].draw = { page, x, y in
      page.within(.label) {
        page.draw(bullet, at: Point(x: x + indent - bullet.naturalWidth - 4, y: y))
      }
      first(page, x, y)
    }
    return slices.within(.listItem)
  }
}
