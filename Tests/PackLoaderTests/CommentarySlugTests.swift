import IndicatorModel
import Testing

@testable import PackLoader

@Suite struct CommentarySlugTests {
  @Test(arguments: [
    ("2013-14-q4", [Periodicity.financialQuarter], "2013/14 Q4"),
    ("2013-14", [.academicYear], "2013/14"),
    ("2019", [.financialQuarter, .calendarYear], "2019"),
    ("2019-q3", [.calendarQuarter], "2019 Q3"),
    ("2019-09", [.month], "2019-09"),
    ("2019-09-30", [.date], "2019-09-30"),
  ])
  func readsTheSlug(slug: String, periodicities: [Periodicity], label: String) throws {
    let period = try #require(
      CommentaryFileReader.period(forSlug: slug, periodicities: periodicities))
    #expect(period.label == label)
    #expect(period.periodicity == periodicities.last)
  }

  @Test(arguments: ["2013-14-q5", "2013-15", "q4", "2013/14 Q4", "2019-13"])
  func refusesNonSlugs(slug: String) {
    #expect(CommentaryFileReader.period(forSlug: slug, periodicities: Periodicity.allCases) == nil)
  }
}
