import Analysis
import IndicatorModel
import Presentation
import Testing

/// The Making Data Count summary matrix (`SPCMatrix`): every indicator once, in the row of its
/// variation and the column of its assurance, and those without an SPC reading in rows of their
/// own.
@Suite struct SPCMatrixTests {
  /// An indicator with the SPC reading given (nil: no SPC at all, as with no figures).
  static func item(
    _ id: String, _ reading: SPCReading?, variation: VariationIcon? = nil,
    assurance: AssuranceIcon? = nil
  ) -> IndicatorAssessment {
    IndicatorAssessment(
      id: id, title: id.capitalized, theme: "theme", polarity: .higherIsBetter, period: nil,
      observations: [], target: nil,
      direction: DirectionAssessment(previous: nil, yearAgo: nil, worseningStreak: 0),
      spc: reading.map {
        SPCResult(
          chart: .xmr, profile: .mdc, reading: $0, points: [], variation: variation,
          assurance: assurance)
      }, benchmarks: [], groups: [], trend: nil, flags: [], exceptionFlags: [])
  }

  static let items = [
    item("a", .ok, variation: .concernLow, assurance: .fail),
    item("b", .ok, variation: .commonCause),
    item("c", .insufficientData),
    item("d", .ok, variation: .concernLow, assurance: .fail),
    item("e", nil),
    item("f", .noVariation, variation: .commonCause, assurance: .pass),
    item("g", .ok, variation: .improvementHigh, assurance: .hitOrMiss),
  ]

  /// The ids in the cell of a row and a column.
  static func ids(
    _ matrix: SPCMatrix, _ variation: SPCMatrix.Variation, _ assurance: SPCMatrix.Assurance
  ) -> [String] {
    let row = matrix.rows.first { $0.variation == variation }
    return row?.cells.first { $0.assurance == assurance }?.indicators.map(\.id) ?? []
  }

  @Test func everyIndicatorSitsOnceInItsCell() {
    let matrix = SPCMatrix(Self.items)
    #expect(matrix.count == Self.items.count)
    #expect(Self.ids(matrix, .icon(.concernLow), .icon(.fail)) == ["a", "d"])
    #expect(Self.ids(matrix, .icon(.commonCause), .none) == ["b"])
    #expect(Self.ids(matrix, .icon(.improvementHigh), .icon(.hitOrMiss)) == ["g"])
    #expect(Self.ids(matrix, .tooFewPoints, .none) == ["c", "e"])
    #expect(Self.ids(matrix, .noVariation, .none) == ["f"])
    #expect(matrix.rows.first { $0.variation == .icon(.commonCause) }?.count == 1)
  }

  @Test func theSevenIconRowsAlwaysShowTheWordRowsOnlyWhenHeld() {
    let empty = SPCMatrix([])
    #expect(empty.rows.map(\.variation) == VariationIcon.allCases.map { .icon($0) })
    #expect(empty.columns == [.icon(.pass), .icon(.hitOrMiss), .icon(.fail), .none])
    #expect(empty.rows.allSatisfy { $0.cells.count == 4 && $0.count == 0 })
    let full = SPCMatrix(Self.items)
    #expect(full.rows.suffix(2).map(\.variation) == [.noVariation, .tooFewPoints])
  }

  @Test func headingsAreTheIconsCaptions() {
    #expect(SPCMatrix.Variation.icon(.concernHigh).words == VariationIcon.concernHigh.caption)
    #expect(SPCMatrix.Variation.tooFewPoints.words == "Too few points for SPC")
    #expect(SPCMatrix.Assurance.icon(.fail).words == "Target consistently missed")
    #expect(SPCMatrix.Assurance.none.words == "No target or no assurance")
  }
}
