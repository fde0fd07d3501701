import Analysis
import IndicatorModel
import Presentation
import Testing

/// The words every output shares, pinned sentence by sentence.
@Suite struct WordsTests {
  @Test(arguments: [
    (
      AssessmentSummary(
        indicators: 14, exceptions: 5, targetStatus: [.red: 1, .amber: 1, .none: 12]),
      "14 indicators: 1 red, 1 amber, 0 green and 12 without a target. 5 need the board's attention."
    ),
    (
      AssessmentSummary(indicators: 1, exceptions: 1, targetStatus: [.green: 1]),
      "1 indicator: 0 red, 0 amber, 1 green and 0 without a target. 1 needs the board's attention."
    ),
    // Three indicators with targets and no figure yet (a period before any is published) are
    // never "without a target".
    (
      AssessmentSummary(indicators: 3, exceptions: 0, targetStatus: [:], noFigure: 3),
      "3 indicators: 0 red, 0 amber, 0 green, 3 with a target but no figure yet and 0 without a target. None needs the board's attention."
    ),
    (
      AssessmentSummary(indicators: 3, exceptions: 0, targetStatus: [:]),
      "3 indicators: 0 red, 0 amber, 0 green and 0 without a target. None needs the board's attention."
    ),
  ])
  func headline(summary: AssessmentSummary, expected: String) {
    #expect(Words.headline(summary) == expected)
  }

  @Test(arguments: [
    (CalendarDate(year: 2016, month: 3, day: 31), "31 March 2016"),
    (CalendarDate(year: 2019, month: 9, day: 24), "24 September 2019"),
    (CalendarDate(year: 2020, month: 1, day: 1), "1 January 2020"),
  ])
  func datesInWords(date: CalendarDate, expected: String) {
    #expect(Words.date(date) == expected)
  }

  @Test(arguments: [
    ("2013/14 Q4", Periodicity.financialQuarter, "2013/14 Q4"),
    ("2018/19", .financialYear, "2018/19 (financial year)"),
    ("2018/19", .academicYear, "2018/19 (academic year)"),
    ("2016-03-31", .date, "31 March 2016"),
  ])
  func periodsAsAReaderTellsThemApart(label: String, periodicity: Periodicity, expected: String)
    throws
  {
    let period = try #require(Period(label, periodicity: periodicity))
    #expect(Words.period(period) == expected)
  }

  @Test(arguments: [
    (TargetStatus.red, "R", "Red"), (.amber, "A", "Amber"), (.green, "G", "Green"),
    (.none, "–", "No target"),
  ])
  func targetLettersAndLabels(status: TargetStatus, letter: String, label: String) {
    #expect(Words.targetLetter(status) == letter)
    #expect(Words.targetLabel(status) == label)
  }

  @Test(arguments: [
    (BenchmarkComparison.similar, "similar to England"),
    (.worse, "significantly worse than England"), (.better998, "significantly better than England"),
    (.higher, "significantly higher than England"), (.notCompared, "not compared with England"),
  ])
  func comparisonsInASentence(comparison: BenchmarkComparison, expected: String) {
    #expect(Words.comparison(comparison, with: "England") == expected)
  }
}
