import Analysis
import Charts
import Presentation

extension DashboardBuilder {
  /// The Making Data Count summary matrix of every indicator, with its icons from the sprite.
  func matrix() -> MatrixContext {
    let matrix = SPCMatrix(assessment.indicators)
    return MatrixContext(
      caption: SPCMatrix.caption(period: period.label),
      introduction: SPCMatrix.introduction,
      columns: matrix.columns.map(heading),
      rows: matrix.rows.map { row in
        MatrixRowContext(
          heading: heading(row.variation), count: row.count, hasIndicators: row.count > 0,
          cells: row.cells.map { cell in
            MatrixCellContext(
              column: cell.assurance.words,
              indicators: cell.indicators.map { MatrixEntryContext(id: $0.id, title: $0.title) },
              hasIndicators: !cell.indicators.isEmpty)
          })
      })
  }

  /// An assurance column's words and icon.
  func heading(_ assurance: SPCMatrix.Assurance) -> MatrixHeadingContext {
    switch assurance {
    case .icon(let icon):
      MatrixHeadingContext(words: assurance.words, icon: sprite.use(.assurance(icon)))
    case .none: MatrixHeadingContext(words: assurance.words, icon: nil)
    }
  }

  /// A variation row's words and icon.
  func heading(_ variation: SPCMatrix.Variation) -> MatrixHeadingContext {
    switch variation {
    case .icon(let icon):
      MatrixHeadingContext(words: variation.words, icon: sprite.use(.variation(icon)))
    case .noVariation, .tooFewPoints: MatrixHeadingContext(words: variation.words, icon: nil)
    }
  }
}
