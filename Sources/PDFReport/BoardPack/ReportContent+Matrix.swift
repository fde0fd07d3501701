import Analysis
import Charts
import Presentation

extension ReportContent {
  /// The Making Data Count summary matrix (`SPCMatrix`, the same as the dashboard's): a heading,
  /// its sentence, and a table of variation rows against assurance columns, the icons drawn,
  /// each cell listing its indicators; kept on one page when it fits on one.
  func spcMatrix(_ items: [IndicatorAssessment]) -> [Block] {
    let matrix = SPCMatrix(items)
    return [
      .keepTogether([
        .heading("SPC summary", level: 2),
        .paragraph(PangoMarkup(escaping: SPCMatrix.introduction), style: body),
        .table(matrixTable(matrix)),
      ])
    ]
  }

  /// The matrix as a table: the variation's icon and words, then a cell per assurance column.
  /// The row under the header draws the columns' assurance icons.
  func matrixTable(_ matrix: SPCMatrix) -> Table {
    let iconRow: Table.Row = .cells(
      [.text(""), .text(.italic("Assurance icon"))]
        + matrix.columns.map { column in
          if case .icon(let icon) = column { return iconCell([.assurance(icon)], side: 14) }
          return .text(.coloured("–", style.secondaryText))
        })
    let rows: [Table.Row] = matrix.rows.map { row in
      var icon: [Icon] = []
      if case .icon(let variation) = row.variation { icon = [.variation(variation)] }
      return .cells(
        [iconCell(icon, side: 14), .text(.bold(row.variation.words))]
          + row.cells.map { matrixCell($0) })
    }
    let columns = matrix.columns.map { column in
      Table.Column(
        title: PangoMarkup.bold(column.words), weight: column == .none ? 1.6 : 1.3)
    }
    return Table(
      columns: [.init(title: "SPC", weight: 0.38), .init(title: "Variation", weight: 1.25)]
        + columns,
      rows: [iconRow] + rows, size: 7.5, spaceBefore: 4)
  }

  /// The indicators in one cell, one a line, or a grey "–".
  func matrixCell(_ cell: SPCMatrix.Cell) -> Table.Cell {
    guard !cell.indicators.isEmpty else { return .text(.coloured("–", style.secondaryText)) }
    let lines = cell.indicators.map { "• " + PangoMarkup(escaping: $0.title) }
    return .text(lines.dropFirst().reduce(lines[0]) { $0 + "\n" + $1 })
  }
}
