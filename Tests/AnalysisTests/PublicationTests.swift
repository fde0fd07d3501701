import IndicatorModel
import Testing

@testable import Analysis

/// Figures as published by the meeting (issue 20): each indicator's figure is the latest period
/// out by the pack's as-at date, `missing-data` fires only for a figure that was due, and the
/// readings say when the next one is due.
@Suite("Publication lags and the as-at date")
struct PublicationTests {
  static let stockport = Area(code: "E08000007", name: "Stockport")
  static let england = Area(code: "E92000001", name: "England")

  func year(_ y: Int) -> Period { Period(periodicity: .calendarYear, index: y) }

  /// Under-18 conceptions 2009–2013 for Stockport and England, published 14 months after each
  /// year (2012 on 25 February 2014 by the release list), and a board meeting on `meeting`.
  func pack(
    period: String = "2013/14 Q4", meeting: CalendarDate? = nil, published: Publication?,
    years: ClosedRange<Int> = 2009...2013, extra: [Observation] = []
  ) -> Pack {
    var indicator = Indicator(
      id: "under18-conceptions", title: "Under-18 conception rate", theme: "health",
      measure: Measure(type: .rate, multiplier: 1000, unit: "per 1,000"),
      polarity: .lowerIsBetter, periodicity: .calendarYear)
    indicator.published = published
    var observations: [Observation] = []
    for y in years {
      for (area, value) in [(Self.stockport, 40.0 - Double(y - 2009)), (Self.england, 30.0)] {
        observations.append(
          Observation(
            indicator: indicator.id, period: year(y), area: area.code, value: value))
      }
    }
    let quarter = Period(period, periodicity: .financialQuarter)!
    var pack = Pack(
      id: "stockport-cyp", title: "Quarterly Performance Report", organisation: "Stockport Council",
      board: "Children's Trust Board", area: Self.stockport,
      comparators: [ComparatorArea(area: Self.england, role: .national)],
      period: quarter, themes: [Theme(id: "health", title: "Health")],
      indicators: [indicator], observations: observations + extra)
    if let meeting { pack.meetings = [Meeting(period: quarter, date: meeting)] }
    return pack
  }

  static let ons = Publication(
    lagMonths: 14,
    releases: [
      Period(periodicity: .calendarYear, index: 2012): CalendarDate(year: 2014, month: 2, day: 25)
    ])

  func assess(_ pack: Pack) throws -> IndicatorAssessment {
    try #require(Assessor.assess(pack, generatorVersion: "test").indicators.first)
  }

  @Test("due dates: the release list wins, else the end of the month lag_months after the period")
  func dueDates() {
    #expect(Self.ons.due(year(2012)) == CalendarDate(year: 2014, month: 2, day: 25))
    #expect(Self.ons.due(year(2013)) == CalendarDate(year: 2015, month: 2, day: 28))
    #expect(Publication().due(year(2013)) == CalendarDate(year: 2013, month: 12, day: 31))
    let academic = Period("2018/19", periodicity: .academicYear)!
    #expect(Publication(lagMonths: 11).due(academic) == CalendarDate(year: 2020, month: 7, day: 31))
  }

  @Test("not yet due: the pack shows 2012, no flag, and says when 2013 is due")
  func notYetDue() throws {
    let item = try assess(pack(published: Self.ons))
    #expect(item.period == year(2012))
    #expect(!item.flags.contains { $0.rule == .missingData })
    #expect(
      item.nextRelease
        == Release(period: year(2013), due: CalendarDate(year: 2015, month: 2, day: 28)))
    // The 2013 figures, out after the meeting, are in no reading: not England's either.
    #expect(!item.observations.contains { $0.period == year(2013) })
    #expect(!item.benchmarks.contains { $0.period == year(2013) })
    #expect(item.observations.map(\.period).max() == year(2012))
  }

  @Test("without a schedule the figure is read at the pack's period, as before")
  func noSchedule() throws {
    let item = try assess(pack(published: nil))
    #expect(item.period == year(2013))
    #expect(item.nextRelease == nil)
  }

  @Test("the meeting's date is the as-at date: a meeting after the release sees the new figure")
  func meetingDate() throws {
    let before = try assess(
      pack(meeting: CalendarDate(year: 2014, month: 2, day: 24), published: Self.ons))
    #expect(before.period == year(2011))
    #expect(before.nextRelease?.period == year(2012))
    let after = try assess(
      pack(meeting: CalendarDate(year: 2014, month: 2, day: 25), published: Self.ons))
    #expect(after.period == year(2012))
  }

  @Test("due but missing: missing-data says it was due, and names the latest figure")
  func dueButMissing() throws {
    let item = try assess(pack(published: Self.ons, years: 2009...2011))
    #expect(item.period == year(2012))
    let flag = try #require(item.flags.first { $0.rule == .missingData })
    #expect(flag.severity == .watch)
    #expect(
      flag.message
        == "No figure for 2012, which was due by February 2014; the latest is 2011 (38.0 per 1,000)."
    )
  }

  @Test("a provisional local figure, or a row published early, counts at once")
  func localFigures() throws {
    let provisional = Observation(
      indicator: "under18-conceptions", period: year(2013), area: Self.stockport.code, value: 35,
      status: .provisional)
    let early = try assess(
      pack(published: Self.ons, years: 2009...2012, extra: [provisional]))
    #expect(early.period == year(2013))
    #expect(early.flags.contains { $0.rule == .provisional })
    // A row the board heard of from a local audit, dated in the `published` column.
    var audited = Observation(
      indicator: "under18-conceptions", period: year(2013), area: Self.stockport.code, value: 35)
    audited.published = CalendarDate(year: 2014, month: 3, day: 20)
    let heard = try assess(pack(published: Self.ons, years: 2009...2012, extra: [audited]))
    #expect(heard.period == year(2013))
    audited.published = CalendarDate(year: 2014, month: 4, day: 2)
    let later = try assess(pack(published: Self.ons, years: 2009...2012, extra: [audited]))
    #expect(later.period == year(2012))
  }
}
