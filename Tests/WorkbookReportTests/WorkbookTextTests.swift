import IndicatorModel
import Testing

@testable import WorkbookReport

/// The small rules the workbook's cells follow, case by case.
@Suite struct WorkbookTextTests {
  @Test(
    "Excel number formats from a measure's decimals and unit",
    arguments: [
      (NumberStyle(decimals: 1, unit: "%"), #"#,##0.0"%""#),
      (NumberStyle(decimals: 0), "#,##0"),
      (NumberStyle(decimals: 2, unit: "per 1,000"), #"#,##0.00" per 1,000""#),
      (NumberStyle(decimals: 1, unit: #"per "100""#), "#,##0.0"),  // cannot be quoted
      (NumberStyle(decimals: 1, unit: String(repeating: "x", count: 130)), "#,##0.0"),
      (NumberStyle(decimals: 40), "#,##0." + String(repeating: "0", count: 15)),
    ])
  func numberFormat(style: NumberStyle, expected: String) {
    #expect(style.excelFormat == expected)
  }

  @Test func aWholeTargetHasNoDecimalsAsTheScorecardWritesIt() {
    let measure = Measure(type: .proportion, multiplier: 100, unit: "%", decimals: 1)
    #expect(NumberStyle.target(80, of: measure).excelFormat == #"#,##0"%""#)
    #expect(NumberStyle.target(80.5, of: measure).excelFormat == #"#,##0.0"%""#)
  }

  @Test(
    "commentary Markdown as plain text",
    arguments: [
      (
        "Rising, now at **55%**, but\nOfsted expect *80%*.",
        "Rising, now at 55%, but Ofsted expect 80%."
      ),
      ("First.\n\nSecond\nline.", "First.\n\nSecond line."),
      ("Actions:\n- one\n- two\n  more\n\nAfter.", "Actions:\n\n• one\n• two more\n\nAfter."),
      ("1. first\n2. second", "1. first\n2. second"),
      (
        "See [the report](https://example.org/r) and `code`.",
        "See the report (https://example.org/r) and code."
      ),
      ("snake_case_words and 5 * 3 * 2", "snake_case_words and 5 * 3 * 2"),
      ("## Heading\nText", "Heading\n\nText"),
    ])
  func commentary(markdown: String, plain: String) {
    #expect(CommentaryText.plain(markdown) == plain)
  }

  @Test func shortTextIsUnchangedAndNoncharactersGo() {
    #expect(CellText.fitting("55.0% – red") == "55.0% – red")
    #expect(CellText.fitting("a\u{FFFE}b\u{FFFF}") == "ab")
  }

  @Test(
    "midnight UTC of a date, in seconds since 1970",
    arguments: [
      (CalendarDate(year: 1970, month: 1, day: 1), 0),
      (CalendarDate(year: 2014, month: 3, day: 31), 1_396_224_000),
      (CalendarDate(year: 2000, month: 2, day: 29), 951_782_400),
      (CalendarDate(year: 1969, month: 12, day: 31), -86_400),
      (CalendarDate(year: 2019, month: 9, day: 24), 1_569_283_200),
    ])
  func created(date: CalendarDate, seconds: Int) {
    #expect(date.secondsSince1970 == seconds)
  }
}
