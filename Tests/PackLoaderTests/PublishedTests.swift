import IndicatorModel
import PackLoader
import Testing

/// `published:` in an indicator's file and the data's `published` column (issue 20): read into
/// the model, and mistakes named with their place.
@Suite struct PublishedTests {
  static let file = "indicators/early-help-assessments.yaml"

  @Test func aScheduleIsRead() throws {
    let pack = try TestPack(
      editing: TestPack.edit(
        Self.file, "owner: Early Help Service",
        "published: { lag_months: 3, releases: { \"2013/14 Q4\": 2014-05-20 } }\nowner: Early Help Service"
      ))
    let (loaded, lines) = pack.load()
    #expect(lines.isEmpty)
    let indicator = try #require(loaded?.indicators.first { $0.id == "early-help-assessments" })
    let q4 = Period("2013/14 Q4", periodicity: .financialQuarter)!
    let q3 = Period("2013/14 Q3", periodicity: .financialQuarter)!
    #expect(indicator.published?.due(q4) == CalendarDate(year: 2014, month: 5, day: 20))
    #expect(indicator.published?.due(q3) == CalendarDate(year: 2014, month: 3, day: 31))
  }

  @Test func aReleaseBeforeItsPeriodEndsIsAnError() throws {
    let pack = try TestPack(
      editing: TestPack.edit(
        Self.file, "owner: Early Help Service",
        "published: { releases: { \"2013/14 Q4\": 2014-03-01 } }\nowner: Early Help Service"))
    #expect(
      pack.load().lines == [
        "indicators/early-help-assessments.yaml:10:40: error: release date 2014-03-01 for 2013/14 Q4 is before the period ends (2014-03-31)"
      ])
  }

  @Test func thePublishedColumnIsReadAndChecked() throws {
    let good = try TestPack(editing: Self.withPublished("2011-07-15"))
    let (loaded, lines) = good.load()
    #expect(lines.isEmpty, "\(lines)")
    let row = try #require(
      loaded?.observations.first { $0.indicator == "early-help-assessments" })
    #expect(row.published == CalendarDate(year: 2011, month: 7, day: 15))

    let early = try TestPack(editing: Self.withPublished("2011-06-15"))
    #expect(
      early.load().lines == [
        "data/quarterly.csv:15:55: error: published 2011-06-15 is before the period 2011/12 Q1 ends (2011-06-30): a figure is published after its period"
      ])
  }

  /// The starter's data with a `published` column, empty but for early help's first row.
  static func withPublished(_ date: String) -> [String: (String) -> String] {
    [
      "data/quarterly.csv": { text in
        text.split(separator: "\n").map { line in
          line.hasPrefix("indicator,")
            ? line + ",published"
            : line.hasPrefix("early-help-assessments,2011/12 Q1,") ? line + "," + date : line + ","
        }.joined(separator: "\n") + "\n"
      }
    ]
  }
}
