import CCairo
import Charts

extension Table {
  /// The header slice, then a slice per row; rows after the first repeat the header when a
  /// page breaks before them.
  func slices(width: Double, context: PageContext) -> [Slice] {
    let style = context.style
    let total = columns.map(\.weight).reduce(0, +)
    let widths = columns.map { width * $0.weight / total }
    let lefts = widths.indices.map { widths[..<$0].reduce(0, +) }
    let text = ParagraphStyle(size: size, colour: style.text, lineSpacing: 0.5)
    let bold = ParagraphStyle(size: size, bold: true, colour: style.text, lineSpacing: 0.5)

    func setCell(_ markup: PangoMarkup, column: Int, style: ParagraphStyle) -> TextLines {
      var aligned = style
      aligned.alignment = columns[column].alignment
      return context.typesetter.set(
        markup, width: widths[column] - 2 * padding.horizontal, style: aligned)
    }

    let headerCells = columns.indices.map { setCell(columns[$0].title, column: $0, style: bold) }
    let headerHeight = (headerCells.map(\.height).max() ?? 0) + 2 * padding.vertical
    let rule = style.rule
    let fill = style.headerFill
    let pad = padding
    let header = {
      Slice(height: headerHeight, spaceBefore: spaceBefore, keepWithNext: true) { page, x, y in
        let cr = page.cairo
        cairo_set_source_rgb(cr, fill.red, fill.green, fill.blue)
        cairo_rectangle(cr, x, y, width, headerHeight)
        cairo_fill(cr)
        for (index, cell) in headerCells.enumerated() {
          cell.draw(on: cr, x: x + lefts[index] + pad.horizontal, y: y + pad.vertical)
        }
        cairo_set_source_rgb(cr, rule.red, rule.green, rule.blue)
        cairo_set_line_width(cr, 0.8)
        cairo_move_to(cr, x, y + headerHeight)
        cairo_line_to(cr, x + width, y + headerHeight)
        cairo_stroke(cr)
      }
    }

    var slices = [header()]
    let count = rows.count
    for (index, row) in rows.enumerated() {
      var slice: Slice
      switch row {
      case .group(let title):
        let lines = context.typesetter.set(
          title, width: width - 2 * pad.horizontal,
          style: ParagraphStyle(size: size + 0.5, bold: true, colour: style.brand))
        let height = lines.height + 2 * pad.vertical + 2
        slice = Slice(height: height, keepWithNext: true) { page, x, y in
          lines.draw(on: page.cairo, x: x + pad.horizontal, y: y + pad.vertical + 2)
        }
      case .cells(let cells):
        // By column; an array, not a dictionary, as every row's drawing reads it.
        var texts = [TextLines?](repeating: nil, count: columns.count)
        var height = 0.0
        for (column, cell) in cells.enumerated() where column < columns.count {
          switch cell {
          case .text(let markup):
            let lines = setCell(markup, column: column, style: text)
            texts[column] = lines
            height = max(height, lines.height)
          case .drawing(let drawingHeight, _):
            height = max(height, drawingHeight)
          }
        }
        height += 2 * pad.vertical
        let rowHeight = height
        slice = Slice(height: rowHeight) { page, x, y in
          let cr = page.cairo
          for (column, cell) in cells.enumerated() where column < widths.count {
            let left = x + lefts[column]
            switch cell {
            case .text:
              texts[column]?.draw(on: cr, x: left + pad.horizontal, y: y + pad.vertical)
            case .drawing(let drawingHeight, let draw):
              draw(
                page,
                Rect(
                  x: left + pad.horizontal, y: y + (rowHeight - drawingHeight) / 2,
                  width: widths[column] - 2 * pad.horizontal, height: drawingHeight))
            }
          }
          cairo_set_source_rgb(cr, rule.red, rule.green, rule.blue)
          cairo_set_line_width(cr, 0.4)
          cairo_move_to(cr, x, y + rowHeight)
          cairo_line_to(cr, x + width, y + rowHeight)
          cairo_stroke(cr)
        }
      }
      // The header with the first two rows; the last two rows together.
      if index == 0 && count > 1 { slice.keepWithNext = true }
      if index == count - 2 { slice.keepWithNext = true }
      if index > 0 {
        slice.continuationHeader = {
          var repeated = header()
          repeated.spaceBefore = 0
          return repeated
        }
      }
      slices.append(slice)
    }
    return slices
  }
}
