import Charts

/// A table laid across a width: its columns' widths and left edges, the cell styles, and the
/// header row set once. Makes the table's slices, each declaring its structure: a header row of
/// column header cells, rows of data cells, a group title as a row header, and rules, fills and
/// repeated headers as artifacts.
struct TableGrid {
  let table: Table
  let width: Double
  let typesetter: Typesetter
  let style: PageStyle
  /// Each column's width, and its left edge from the table's.
  let widths: [Double]
  let lefts: [Double]
  /// The column titles, set.
  let headerCells: [TextLines]
  let headerHeight: Double

  init(table: Table, width: Double, typesetter: Typesetter, style: PageStyle) {
    self.table = table
    self.width = width
    self.typesetter = typesetter
    self.style = style
    let total = table.columns.map(\.weight).reduce(0, +)
    let widths = table.columns.map { width * $0.weight / total }
    self.widths = widths
    lefts = widths.indices.map { widths[..<$0].reduce(0, +) }
    let bold = ParagraphStyle(
      size: table.size, bold: true, colour: style.text, lineSpacing: 0.5)
    headerCells = table.columns.indices.map { column in
      Self.set(
        table.columns[column].title, in: table, width: widths[column], style: bold,
        typesetter: typesetter, column: column)
    }
    headerHeight = (headerCells.map(\.height).max() ?? 0) + 2 * table.padding.vertical
  }

  /// Sets a cell's markup in its column, aligned as the column is.
  static func set(
    _ markup: PangoMarkup, in table: Table, width: Double, style: ParagraphStyle,
    typesetter: Typesetter, column: Int
  ) -> TextLines {
    var aligned = style
    aligned.alignment = table.columns[column].alignment
    return typesetter.set(
      markup, width: width - 2 * table.padding.horizontal, style: aligned)
  }

  /// The header row; a repeated one, after a page break, is an artifact.
  func header(repeated: Bool) -> Slice {
    Slice(
      height: headerHeight, spaceBefore: repeated ? 0 : table.spaceBefore, keepWithNext: true
    ) { page, x, y in
      if repeated {
        page.within(.artifact) { drawHeader(on: page, x: x, y: y, tagged: false) }
      } else {
        page.within(.tableHeaderRow) { drawHeader(on: page, x: x, y: y, tagged: true) }
      }
    }
  }

  /// The header's fill, titles and rule; `tagged` marks the titles as column headers and the
  /// fill and rule as artifacts.
  func drawHeader(on page: any PageCanvas, x: Double, y: Double, tagged: Bool) {
    let pad = table.padding
    func decoration(_ draw: () -> Void) {
      if tagged { page.within(.artifact, draw: draw) } else { draw() }
    }
    decoration {
      page.fill(
        Rect(x: x, y: y, width: width, height: headerHeight), colour: style.headerFill)
    }
    for (index, cell) in headerCells.enumerated() {
      let origin = Point(x: x + lefts[index] + pad.horizontal, y: y + pad.vertical)
      if tagged {
        page.within(.headerCell(scope: .column)) { page.draw(cell, at: origin) }
      } else {
        page.draw(cell, at: origin)
      }
    }
    decoration { rule(on: page, x: x, y: y + headerHeight, lineWidth: 0.8) }
  }

  /// A row's slice.
  func slice(_ row: Table.Row) -> Slice {
    switch row {
    case .group(let title): groupRow(title)
    case .cells(let cells): cellRow(cells)
    }
  }

  /// A full-width group title in the branding colour, heading the rows under it.
  func groupRow(_ title: PangoMarkup) -> Slice {
    let pad = table.padding
    let lines = typesetter.set(
      title, width: width - 2 * pad.horizontal,
      style: ParagraphStyle(size: table.size + 0.5, bold: true, colour: style.brand))
    let height = lines.height + 2 * pad.vertical + 2
    return Slice(height: height, keepWithNext: true) { page, x, y in
      page.within(.tableRow) {
        page.within(.headerCell(scope: .row)) {
          page.draw(lines, at: Point(x: x + pad.horizontal, y: y + pad.vertical + 2))
        }
      }
    }
  }

  /// A row of cells as tall as its tallest, ruled underneath.
  func cellRow(_ cells: [Table.Cell]) -> Slice {
    let pad = table.padding
    let text = ParagraphStyle(size: table.size, colour: style.text, lineSpacing: 0.5)
    // By column; an array, not a dictionary, as every row's drawing reads it.
    var texts = [TextLines?](repeating: nil, count: table.columns.count)
    var height = 0.0
    for (column, cell) in cells.enumerated() where column < table.columns.count {
      switch cell {
      case .text(let markup):
        let lines = Self.set(
          markup, in: table, width: widths[column], style: text, typesetter: typesetter,
          column: column)
        texts[column] = lines
        height = max(height, lines.height)
      case .drawing(let drawingHeight, _):
        height = max(height, drawingHeight)
      }
    }
    height += 2 * pad.vertical
    let rowHeight = height
    return Slice(height: rowHeight) { [texts] page, x, y in
      page.within(.tableRow) {
        for (column, cell) in cells.enumerated() where column < widths.count {
          page.within(.dataCell) {
            drawCell(
              cell, text: texts[column], on: page, x: x + lefts[column], y: y,
              rowHeight: rowHeight, column: column)
          }
        }
        page.within(.artifact) { rule(on: page, x: x, y: y + rowHeight, lineWidth: 0.4) }
      }
    }
  }

  /// One cell of a row whose left edge is `x` and top `y`: its set text, or its drawing
  /// centred in the row's height.
  func drawCell(
    _ cell: Table.Cell, text: TextLines?, on page: any PageCanvas, x: Double, y: Double,
    rowHeight: Double, column: Int
  ) {
    let pad = table.padding
    switch cell {
    case .text:
      if let text { page.draw(text, at: Point(x: x + pad.horizontal, y: y + pad.vertical)) }
    case .drawing(let drawingHeight, let draw):
      draw(
        page,
        Rect(
          x: x + pad.horizontal, y: y + (rowHeight - drawingHeight) / 2,
          width: widths[column] - 2 * pad.horizontal, height: drawingHeight))
    }
  }

  /// The rule under a row, across the table.
  func rule(on page: any PageCanvas, x: Double, y: Double, lineWidth: Double) {
    page.strokeLine(
      from: Point(x: x, y: y), to: Point(x: x + width, y: y),
      style: StrokeStyle(colour: style.rule, width: lineWidth))
  }
}
