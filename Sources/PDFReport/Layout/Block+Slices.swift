import CCairo
import CairoCanvas
import Charts

extension Block {
  /// The slices of this block, set in `width` points.
  func slices(width: Double, context: PageContext) -> [Slice] {
    let style = context.style
    switch self {
    case .heading(let text, let level, let anchor):
      let sizes = style.headingSizes
      let size = sizes[min(level, sizes.count - 1)]
      let paragraph = ParagraphStyle(
        size: size, bold: true, colour: level == 0 ? style.brand : style.text,
        spaceBefore: size * 0.9)
      var slices = Self.lines(
        context.typesetter.set(PangoMarkup(escaping: text), width: width, style: paragraph),
        spaceBefore: paragraph.spaceBefore, indent: 0)
      for index in slices.indices { slices[index].keepWithNext = true }
      slices[0].anchor = anchor
      // A little air under a heading, kept with it.
      slices.append(Slice(height: size * 0.35, keepWithNext: true, draw: { _, _, _ in }))
      return slices

    case .paragraph(let markup, let paragraph, let indent):
      return Self.lines(
        context.typesetter.set(markup, width: width - indent, style: paragraph),
        spaceBefore: paragraph.spaceBefore, indent: indent)

    case .list(let items):
      return items.flatMap { $0.slices(width: width, context: context) }

    case .table(let table):
      return table.slices(width: width, context: context)

    case .chart(let chart, let height):
      let scale = style.pointsPerChartUnit
      let chartStyle = style.chart
      return [
        Slice(height: height, spaceBefore: 8) { page, x, y in
          cairo_save(page.cairo)
          cairo_translate(page.cairo, x, y)
          cairo_scale(page.cairo, scale, scale)
          let canvas = CairoCanvas(
            context: page.cairo, size: Size(width: width / scale, height: height / scale),
            metrics: page.chartText)
          chart.draw(on: canvas, style: chartStyle)
          cairo_restore(page.cairo)
        }
      ]

    case .drawing(let height, let spaceBefore, let draw):
      return [
        Slice(height: height, spaceBefore: spaceBefore) { page, x, y in
          draw(page, Rect(x: x, y: y, width: width, height: height))
        }
      ]

    case .keepTogether(let blocks):
      var slices = blocks.flatMap { $0.slices(width: width, context: context) }
      for index in slices.indices.dropLast() { slices[index].keepWithNext = true }
      return slices

    case .pageBreak:
      return [Slice(height: 0, breakBefore: true, draw: { _, _, _ in })]

    case .spacer(let height):
      return [Slice(height: 0, spaceBefore: height, draw: { _, _, _ in })]

    case .anchor(let anchor):
      return [Slice(height: 0, keepWithNext: true, anchor: anchor, draw: { _, _, _ in })]
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
        text.draw(index..<(index + 1), on: page.cairo, x: x + indent, y: y)
      }
    }
  }
}

extension ListItem {
  /// The item's lines, its marker hanging in the indent beside the first.
  func slices(width: Double, context: PageContext) -> [Slice] {
    let lines = context.typesetter.set(text, width: width - indent, style: style)
    let bullet = context.typesetter.set(
      PangoMarkup(escaping: marker), width: indent, style: style)
    var slices = Block.lines(lines, spaceBefore: style.spaceBefore, indent: indent)
    let first = slices[0].draw
    let indent = indent
    slices[0].draw = { page, x, y in
      bullet.draw(on: page.cairo, x: x + indent - bullet.naturalWidth - 4, y: y)
      first(page, x, y)
    }
    return slices
  }
}
