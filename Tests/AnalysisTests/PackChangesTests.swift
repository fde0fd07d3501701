import Foundation
import IndicatorModel
import Testing

@testable import Analysis

/// The comparison with the last pack's snapshot (issue 20, item 2): what counts as a revised
/// figure, and a snapshot read back as it was written.
@Suite("What changed since the last pack")
struct PackChangesTests {
  func quarter(_ label: String) -> Period { Period(label, periodicity: .financialQuarter)! }

  func item(_ figures: [(String, String, Double?)]) -> IndicatorAssessment {
    IndicatorAssessment(
      id: "cc-registration", title: "Children's Centre registration", theme: "early-years",
      polarity: .higherIsBetter, period: quarter("2014/15 Q1"),
      observations: figures.map {
        ObservationAssessment(
          period: quarter($0.0), area: $0.1, value: $0.2, numerator: nil, denominator: nil,
          ci: nil, ci998: nil, status: nil, note: nil)
      }, target: nil,
      direction: DirectionAssessment(previous: nil, yearAgo: nil, worseningStreak: 0),
      spc: nil, benchmarks: [], groups: [], trend: nil, flags: [], exceptionFlags: [])
  }

  @Test("a changed or withdrawn figure is revised; a new one, or rounding noise, is not")
  func revisions() {
    let old = PackSnapshot.Indicator(
      id: "cc-registration", title: "Children's Centre registration", target: nil, spc: nil,
      reasons: [],
      figures: [
        "2013/14 Q3": ["E08000007": 54.148, "E92000001": 66.6],
        "2013/14 Q4": ["E08000007": 55.0, "E08000035": 61.2],
      ])
    let now = item([
      ("2013/14 Q3", "E08000007", 54.148 * (1 + 1e-12)),  // the same counts, recomputed
      ("2013/14 Q3", "E92000001", 66.4),
      ("2013/14 Q4", "E08000007", 55.0),
      ("2013/14 Q4", "E08000035", nil),  // withdrawn
      ("2014/15 Q1", "E08000007", 57.7),  // published since: new, not revised
    ])
    let found = PackChanges.revisions(of: now, since: old).map {
      "\($0.period.label) \($0.area) \($0.from) → \($0.to.map { "\($0)" } ?? "none")"
    }
    #expect(found == ["2013/14 Q3 E92000001 66.6 → 66.4", "2013/14 Q4 E08000035 61.2 → none"])
  }

  @Test("a snapshot reads back as written; one of another format is refused with its version")
  func roundTrip() throws {
    var assessment = Assessment(
      generatorVersion: "0.2.0", packID: "stockport-cyp", packTitle: "Pack", area: "E08000007",
      period: quarter("2014/15 Q1"),
      summary: AssessmentSummary(counting: []),
      indicators: [item([("2013/14 Q4", "E08000007", 55.0)])])
    assessment.indicators[0].spc = nil
    let snapshot = PackSnapshot(assessment, rules: RulesConfig())
    #expect(try PackSnapshot(json: snapshot.jsonData()) == snapshot)
    #expect(
      snapshot.rules
        == "exceptions: target-red, spc-concern, assurance-fail, worse-than-england, worsening-streak, missing-data; worsening streak: 3"
    )
    #expect(throws: SnapshotError.otherFormat(version: "0.9.0")) {
      try PackSnapshot(json: Data(#"{"format": 2, "generator_version": "0.9.0"}"#.utf8))
    }
    #expect(throws: SnapshotError.unreadable) { try PackSnapshot(json: Data("[1]".utf8)) }
  }
}
