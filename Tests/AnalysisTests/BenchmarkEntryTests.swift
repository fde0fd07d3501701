import IndicatorModel
import Testing

@testable import Analysis

/// `benchmarks[]` never leaves a comparison out (issue 19): one entry per comparator per period
/// where the area or the comparator has a value, `not-compared` with its reason where no
/// comparison can be made.
@Suite struct BenchmarkEntryTests {
  @Test func everyPeriodOfTheAreaHasAnEntryPerComparatorWithTheReason() throws {
    // The exclusions case of RuleMessageTests: counts to 2016/17, rates only after; England,
    // the North West and Leeds have figures for 2018/19 only.
    let exclusions = try RuleMessageTests().assess(RuleMessageTests().pack())
    let england = RuleMessageTests.england.code
    let entries = exclusions.benchmarks.filter { $0.comparator == england }
    #expect(
      entries.map(\.period.label) == [
        "2013/14", "2014/15", "2015/16", "2016/17", "2017/18", "2018/19",
      ])
    let early = try #require(entries.first)
    #expect(early.value == nil)
    #expect(early.comparison == .notCompared)
    #expect(early.reason == .noComparatorFigure)
    let latest = try #require(entries.last)
    #expect(latest.value == 0.09651)
    #expect(latest.comparison == .notCompared)
    #expect(latest.reason == .noInterval)
    // Three comparators × six periods.
    #expect(exclusions.benchmarks.count == 18)
  }
}
