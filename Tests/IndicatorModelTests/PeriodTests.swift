import IndicatorModel
import Testing

/// One label of each periodicity and what it must mean.
struct PeriodCase: Sendable, CustomTestStringConvertible {
  let label: String
  let periodicity: Periodicity
  let start: String
  let end: String
  let previous: String?
  let yearAgo: String
  let slug: String

  var testDescription: String { "\(periodicity.rawValue) \(label)" }
}

@Suite struct PeriodTests {
  static let cases: [PeriodCase] = [
    PeriodCase(
      label: "2013/14 Q4", periodicity: .financialQuarter, start: "2014-01-01", end: "2014-03-31",
      previous: "2013/14 Q3", yearAgo: "2012/13 Q4", slug: "2013-14-q4"),
    PeriodCase(
      label: "2013/14 Q1", periodicity: .financialQuarter, start: "2013-04-01", end: "2013-06-30",
      previous: "2012/13 Q4", yearAgo: "2012/13 Q1", slug: "2013-14-q1"),
    PeriodCase(
      label: "2013/14", periodicity: .financialYear, start: "2013-04-01", end: "2014-03-31",
      previous: "2012/13", yearAgo: "2012/13", slug: "2013-14"),
    PeriodCase(
      label: "1999/00", periodicity: .academicYear, start: "1999-09-01", end: "2000-08-31",
      previous: "1998/99", yearAgo: "1998/99", slug: "1999-00"),
    PeriodCase(
      label: "2019", periodicity: .calendarYear, start: "2019-01-01", end: "2019-12-31",
      previous: "2018", yearAgo: "2018", slug: "2019"),
    PeriodCase(
      label: "2019 Q3", periodicity: .calendarQuarter, start: "2019-07-01", end: "2019-09-30",
      previous: "2019 Q2", yearAgo: "2018 Q3", slug: "2019-q3"),
    PeriodCase(
      label: "2019-01", periodicity: .month, start: "2019-01-01", end: "2019-01-31",
      previous: "2018-12", yearAgo: "2018-01", slug: "2019-01"),
    PeriodCase(
      label: "2020-02", periodicity: .month, start: "2020-02-01", end: "2020-02-29",
      previous: "2020-01", yearAgo: "2019-02", slug: "2020-02"),
    PeriodCase(
      label: "2020-02-29", periodicity: .date, start: "2020-02-29", end: "2020-02-29",
      previous: nil, yearAgo: "2019-02-28", slug: "2020-02-29"),
  ]

  @Test(arguments: cases) func readsAndWrites(_ c: PeriodCase) throws {
    let period = try #require(Period(c.label, periodicity: c.periodicity))
    #expect(period.label == c.label)
    #expect(period.description == c.label)
    #expect(period.start.description == c.start)
    #expect(period.end.description == c.end)
    #expect(period.previous?.label == c.previous)
    #expect(period.yearAgo?.label == c.yearAgo)
    #expect(period.slug == c.slug)
    #expect(Period(periodicity: c.periodicity, index: period.index) == period)
    if let previous = period.previous { #expect(previous < period) }
  }

  @Test(arguments: [
    ("2013/15 Q4", Periodicity.financialQuarter), ("2013/14 Q5", .financialQuarter),
    ("2013 Q4", .financialQuarter), ("2013/14Q4", .financialQuarter), ("2013-14", .financialYear),
    ("2013/2014", .academicYear), ("19", .calendarYear), ("2019.0", .calendarYear),
    ("2019 Q0", .calendarQuarter), ("2019-13", .month), ("2019-9", .month),
    ("2019-02-30", .date), ("2019-9-30", .date), ("", .date), ("1799", .calendarYear),
    ("２０１９", .calendarYear),
  ])
  func refusesBadLabels(label: String, periodicity: Periodicity) {
    #expect(Period(label, periodicity: periodicity) == nil)
  }

  @Test func readsLowerCaseQuartersAndSpaces() {
    #expect(Period(" 2013/14 q4 ", periodicity: .financialQuarter)?.label == "2013/14 Q4")
  }

  @Test func ordersWithinAndAcrossPeriodicities() throws {
    let q3 = try #require(Period("2013/14 Q3", periodicity: .financialQuarter))
    let q4 = try #require(Period("2013/14 Q4", periodicity: .financialQuarter))
    let year = try #require(Period("2013/14", periodicity: .financialYear))
    let nextQ1 = try #require(Period("2014/15 Q1", periodicity: .financialQuarter))
    #expect(q3 < q4)
    #expect(q3 < year)  // the year ends after Q3 …
    #expect(year < nextQ1)  // … and before the next year's Q1
    #expect([q4, nextQ1, q3].sorted() == [q3, q4, nextQ1])
  }

  @Test(arguments: [
    ("2013/14 Q4", Periodicity.financialQuarter), ("2013/14", .financialYear),
    ("2019", .calendarYear), ("2019 Q3", .calendarQuarter), ("2019-09", .month),
    ("2019-09-30", .date),
  ])
  func readsAnyLabel(label: String, periodicity: Periodicity) {
    #expect(Period(anyLabel: label)?.periodicity == periodicity)
    #expect(Period(anyLabel: label)?.label == label)
  }

  @Test func examplesFitTheirPeriodicity() {
    for periodicity in Periodicity.allCases {
      #expect(Period(periodicity.example, periodicity: periodicity) != nil, "\(periodicity)")
    }
  }
}
