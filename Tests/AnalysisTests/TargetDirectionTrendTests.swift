import IndicatorModel
import Testing

@testable import Analysis

@Suite("Target status, direction of travel, recent trend (methods.md §3–5)")
struct TargetDirectionTrendTests {
  @Test(
    "RAG by polarity, with amber; boundaries count as met",
    arguments: [
      (55.0, 80.0, 75.0 as Double?, Polarity.higherIsBetter, TargetStatus.red),
      (76.0, 80.0, 75.0, .higherIsBetter, .amber),
      (75.0, 80.0, 75.0, .higherIsBetter, .amber),
      (80.0, 80.0, 75.0, .higherIsBetter, .green),
      (76.0, 80.0, nil, .higherIsBetter, .red),
      (0.15, 0.10, 0.12, .lowerIsBetter, .red),
      (0.11, 0.10, 0.12, .lowerIsBetter, .amber),
      (0.10, 0.10, 0.12, .lowerIsBetter, .green),
      (50.0, 80.0, nil, .noJudgement, TargetStatus.none),
    ])
  func rag(
    value: Double, target: Double, amber: Double?, polarity: Polarity, expected: TargetStatus
  ) {
    #expect(
      targetStatus(value: value, target: target, amber: amber, polarity: polarity) == expected)
  }

  @Test("use_ci (FT SingleValueTargetComparer with CIs): whole interval decides")
  func useCI() {
    func status(_ l: Double, _ u: Double, _ p: Polarity) -> TargetStatus? {
      targetStatus(
        interval: Interval(lower: l, upper: u, level: 0.95, method: .wilson), target: 80,
        polarity: p)
    }
    #expect(status(80, 85, .higherIsBetter) == .green)
    #expect(status(70, 79.9, .higherIsBetter) == .red)
    #expect(status(78, 82, .higherIsBetter) == .amber)
    #expect(status(75, 80, .lowerIsBetter) == .green)
    #expect(status(80.1, 85, .lowerIsBetter) == .red)
  }

  func figures(_ v: Double, _ l: Double? = nil, _ u: Double? = nil) -> ObservationFigures {
    let ci = l.map { Interval(lower: $0, upper: u, level: 0.95, method: .wilson) }
    return ObservationFigures(value: v, ci95: ci, ci998: nil)
  }

  @Test("Direction: overlapping CIs are no significant change (FT DoubleOverlappingCIsComparer)")
  func directionReadings() {
    #expect(direction(from: figures(50), to: figures(55), polarity: .higherIsBetter) == .improved)
    #expect(direction(from: figures(50), to: figures(55), polarity: .lowerIsBetter) == .worsened)
    #expect(direction(from: figures(50), to: figures(55), polarity: .noJudgement) == .increased)
    #expect(direction(from: figures(50), to: figures(50), polarity: .higherIsBetter) == .noChange)
    // Touching intervals overlap: the lower value's upper limit ≥ the higher value's lower.
    #expect(
      direction(from: figures(50, 48, 52), to: figures(54, 52, 56), polarity: .higherIsBetter)
        == .noSignificantChange)
    #expect(
      direction(from: figures(50, 48, 51.9), to: figures(54, 52, 56), polarity: .higherIsBetter)
        == .improved)
    #expect(
      direction(
        from: ObservationFigures(value: nil, ci95: nil, ci998: nil), to: figures(1),
        polarity: .higherIsBetter) == nil)
  }

  // FT TrendMarkerCalculatorTest (PholioVisualisationWS/AnalysisTest), data set 1: 2014–2018,
  // χ² rounds to 46.77 and the trend is significant; data set 2 is not.
  @Test("Recent trend, FT TrendMarkerCalculatorTest set 1: significant, χ² 46.77")
  func trendSignificant() throws {
    let points = [
      (24.67, 23.16, 26.25), (24.6, 23.15, 26.19), (28, 26.44, 29.64), (30.2, 28.63, 31.9),
      (30.6, 28.98, 32.25),
    ].map { TrendPoint(value: $0.0, lower: $0.1, upper: $0.2) }
    let trend = recentTrend(points, polarity: .higherIsBetter)
    #expect(rounds(trend.chiSquare, to: 46.77, decimals: 2))
    #expect(trend.result == .increasingGettingBetter)
    #expect(recentTrend(points, polarity: .lowerIsBetter).result == .increasingGettingWorse)
    #expect(recentTrend(points, polarity: .noJudgement).result == .increasing)
  }

  @Test("Recent trend, FT TrendMarkerCalculatorTest set 2: not significant; < 5 points: cannot")
  func trendNotSignificant() {
    let points = [
      (20.5506, 18.1803, 23.1427), (19.5952, 17.3444, 22.0602), (19.0349, 16.8421, 21.4394),
      (21.3966, 19.0918, 23.8975), (18.4372, 16.2925, 20.7941),
    ].map { TrendPoint(value: $0.0, lower: $0.1, upper: $0.2) }
    #expect(recentTrend(points, polarity: .higherIsBetter).result == .noSignificantChange)
    let short = recentTrend(Array(points.prefix(4)), polarity: .higherIsBetter)
    #expect(short.result == .cannotBeCalculated)
    #expect(short.chiSquare == nil)
    #expect(short.points == 4)
  }
}
