import IndicatorModel
import Testing

@testable import Analysis

@Suite("Benchmarks, quantiles and groups (methods.md §2)")
struct ComparisonTests {
  // FT SingleOverlappingCIsForOneCILevelComparatorTest (PholioVisualisationWS/AnalysisTest):
  // FT polarity 0 = lower is better, 1 = higher is better.
  @Test(
    "One-level comparison, FT SingleOverlappingCIsForOneCILevelComparatorTest rows",
    arguments: [
      (11.0, 10.0, 12.0, 11.0, Polarity.lowerIsBetter, BenchmarkComparison.similar),  // TestSameExactly
      (11.0, 10.0, 12.0, 11.0, .higherIsBetter, .similar),
      (3.05, 2.7, 3.1, 3.0, .lowerIsBetter, .similar),  // TestSame
      (3.3, 3.2, 3.5, 3.0, .lowerIsBetter, .worse),  // TestHigher
      (3.3, 3.2, 3.5, 3.0, .higherIsBetter, .better),
      (2.5, 2.2, 2.8, 3.0, .lowerIsBetter, .better),  // TestLower
      (2.5, 2.2, 2.8, 3.0, .higherIsBetter, .worse),
      (2.5, 2.2, 2.8, 3.0, .noJudgement, .lower),
      (3.3, 3.2, 3.5, 3.0, .noJudgement, .higher),
      (3.3, 3.0, 3.5, 3.0, .higherIsBetter, .similar),  // benchmark on the bound: inclusive
    ])
  func oneLevel(
    value: Double, lower: Double, upper: Double, benchmark: Double, polarity: Polarity,
    expected: BenchmarkComparison
  ) {
    let interval = Interval(lower: lower, upper: upper, level: 0.95, method: .supplied)
    #expect(
      compareWithBenchmark(
        value: value, interval: interval, benchmark: benchmark, polarity: polarity)
        == expected)
  }

  @Test("Missing CI, value or benchmark → not compared (FT TestNoCIsOnLocalData, TestMinusOne*)")
  func notCompared() {
    let half = Interval(lower: 3.0, upper: nil, level: 0.95, method: .supplied)
    #expect(
      compareWithBenchmark(value: 4, interval: half, benchmark: 3, polarity: .higherIsBetter)
        == .notCompared)
    #expect(
      compareWithBenchmark(value: 4, interval: nil, benchmark: 3, polarity: .higherIsBetter)
        == .notCompared)
    let full = Interval(lower: 2.2, upper: 2.8, level: 0.95, method: .supplied)
    #expect(
      compareWithBenchmark(value: nil, interval: full, benchmark: 3, polarity: .higherIsBetter)
        == .notCompared)
    #expect(
      compareWithBenchmark(value: 2.5, interval: full, benchmark: nil, polarity: .higherIsBetter)
        == .notCompared)
  }

  @Test("Two-level: 99.8% grade when the wider interval also excludes the benchmark")
  func twoLevel() {
    let i95 = Interval(lower: 3.2, upper: 3.5, level: 0.95, method: .wilson)
    let narrow998 = Interval(lower: 3.1, upper: 3.6, level: 0.998, method: .wilson)
    let wide998 = Interval(lower: 2.9, upper: 3.8, level: 0.998, method: .wilson)
    #expect(
      compareWithBenchmarkTwoLevel(
        value: 3.3, interval95: i95, interval998: narrow998, benchmark: 3, polarity: .higherIsBetter
      )
        == .better998)
    #expect(
      compareWithBenchmarkTwoLevel(
        value: 3.3, interval95: i95, interval998: wide998, benchmark: 3, polarity: .lowerIsBetter)
        == .worse)
    #expect(
      compareWithBenchmarkTwoLevel(
        value: 3.3, interval95: i95, interval998: narrow998, benchmark: 3.3,
        polarity: .lowerIsBetter) == .similar)
  }

  @Test(
    "PERCENTILE.INC quintile bounds of 1…50 are [1, 10.8, 20.6, 30.4, 40.2, 50] (methods.md §2)")
  func quintiles() throws {
    let bounds = try #require(binBounds((1...50).map(Double.init), bins: 5, minimumCount: 5))
    for (got, want) in zip(bounds, [1, 10.8, 20.6, 30.4, 40.2, 50]) { #expect(close(got, want)) }
    #expect(bin(of: 10.8, bounds: bounds) == 1)  // on a bound: that bin (value ≤ bound)
    #expect(bin(of: 10.9, bounds: bounds) == 2)
    #expect(binBounds([1, 2, 3, 4], bins: 5, minimumCount: 5) == nil)
  }

  @Test("Group standing: mean of members, rank with the area (1 = best), quartile 4 = worst")
  func groups() {
    let members: [Double] = [60, 62, 65, 68, 70, 71, 72, 74, 75, 78]
    let worst = groupStanding(areaValue: 55, memberValues: members, polarity: .higherIsBetter)
    #expect(close(worst.mean, 69.5))
    #expect(worst.rank == 11)
    #expect(worst.of == 11)
    #expect(worst.quartile == 4)
    let best = groupStanding(areaValue: 55, memberValues: members, polarity: .lowerIsBetter)
    #expect(best.rank == 1)
    #expect(best.quartile == 1)
    let tied = groupStanding(areaValue: 70, memberValues: [70, 80, 60], polarity: .higherIsBetter)
    #expect(tied.rank == 2)  // one strictly better; the tie shares the better rank
    let none = groupStanding(areaValue: nil, memberValues: members, polarity: .higherIsBetter)
    #expect(none.rank == nil && none.quartile == nil && none.of == 10)
  }
}
