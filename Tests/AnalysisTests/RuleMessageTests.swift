import IndicatorModel
import Testing

@testable import Analysis

/// The exclusions case from the Family Partnership Board of 24 September 2019, built in code
/// from the published DfE figures (Indicators/data/permanent-exclusions.csv): counts to
/// 2016/17, rates only after.
@Suite("Rule messages: exclusions at 2019/20 Q2 (design §5.6)")
struct RuleMessageTests {
  static let stockport = Area(code: "E08000007", name: "Stockport")
  static let england = Area(code: "E92000001", name: "England")
  static let northWest = Area(code: "E12000002", name: "North West")
  static let leeds = Area(code: "E08000035", name: "Leeds")
  /// Stockport's 10 statistical neighbours' 2018/19 rates, in the pack's order.
  static let neighbours: [(code: String, rate: Double)] = [
    ("E08000029", 0.13943), ("E08000009", 0.13374), ("E06000050", 0.08759),
    ("E10000013", 0.10702), ("E10000015", 0.06394), ("E10000032", 0.12234),
    ("E10000031", 0.08058), ("E06000024", 0.12831), ("E06000025", 0.15013),
    ("E10000003", 0.01278),
  ]

  func year(_ label: String) -> Period { Period(label, periodicity: .academicYear)! }

  func pack(exceptions: [RuleID]? = nil, stockport2018: Double = 0.13179) -> Pack {
    let exclusions = Indicator(
      id: "permanent-exclusions", title: "Permanent exclusions", theme: "attainment",
      measure: Measure(type: .proportion, multiplier: 100, unit: "%", decimals: 2),
      polarity: .lowerIsBetter, periodicity: .academicYear, exceptions: exceptions)
    func row(
      _ period: String, _ area: Area, value: Double? = nil, x: Double? = nil, n: Double? = nil
    )
      -> Observation
    {
      Observation(
        indicator: "permanent-exclusions", period: year(period), area: area.code, value: value,
        numerator: x, denominator: n)
    }
    var observations = [
      row("2013/14", Self.stockport, value: 0.08, x: 31, n: 38843),
      row("2014/15", Self.stockport, value: 0.09, x: 34, n: 39407),
      row("2015/16", Self.stockport, value: 0.1, x: 39, n: 39946),
      row("2016/17", Self.stockport, value: 0.11, x: 43, n: 40428),
      row("2017/18", Self.stockport, value: 0.10717),
      row("2018/19", Self.stockport, value: stockport2018),
      row("2018/19", Self.england, value: 0.09651),
      row("2018/19", Self.northWest, value: 0.12887),
      row("2018/19", Self.leeds, value: 0.0088),
    ]
    for member in Self.neighbours {
      observations.append(
        Observation(
          indicator: "permanent-exclusions", period: year("2018/19"), area: member.code,
          value: member.rate))
    }
    return Pack(
      id: "stockport-cyp", title: "Performance Report", organisation: "Stockport Council",
      board: "Stockport Family Partnership Board", area: Self.stockport,
      comparators: [
        ComparatorArea(area: Self.england, role: .national),
        ComparatorArea(area: Self.northWest, role: .region),
        ComparatorArea(area: Self.leeds, role: .named),
      ],
      groups: [
        ComparatorGroup(
          id: "statistical-neighbours", name: "Statistical neighbours",
          members: Self.neighbours.map { Area(code: $0.code, name: $0.code) }),
        // No member has exclusions data: the group must not appear at all.
        ComparatorGroup(
          id: "cipfa", name: "CIPFA neighbours",
          members: [Area(code: "E09000001", name: "City of London")]),
      ],
      period: Period("2019/20 Q2", periodicity: .financialQuarter),
      themes: [Theme(id: "attainment", title: "Attainment")],
      indicators: [exclusions], observations: observations)
  }

  func assess(_ pack: Pack) throws -> IndicatorAssessment {
    try #require(Assessor.assess(pack, generatorVersion: "test").indicators.first)
  }

  func message(_ rule: RuleID, in assessment: IndicatorAssessment) -> String? {
    assessment.flags.first { $0.rule == rule }?.message
  }

  @Test("The rise: the year and five years, worded by what the figures did")
  func rise() throws {
    let exclusions = try assess(pack())
    #expect(exclusions.period?.label == "2018/19")
    #expect(exclusions.direction.yearAgo == .worsened)
    // 2016/17 → 2017/18 fell: one period of worsening, not a streak.
    #expect(exclusions.direction.worseningStreak == 1)
    #expect(message(.worseningStreak, in: exclusions) == nil)
    #expect(
      message(.worseThanYearAgo, in: exclusions)
        == "Up from 0.11% to 0.13% (2017/18 to 2018/19): worse; there are no 95% intervals, so "
        + "chance cannot be ruled out. In 2013/14, five years earlier, it was 0.08%.")
  }

  @Test("Above the figure now five years earlier: the figure is given, never a run of rises")
  func riseBelowFiveYearsAgo() throws {
    var p = pack()
    p.observations.removeAll { $0.period == year("2013/14") && $0.area == Self.stockport.code }
    p.observations.append(
      Observation(
        indicator: "permanent-exclusions", period: year("2013/14"), area: Self.stockport.code,
        value: 0.15))
    #expect(
      message(.worseThanYearAgo, in: try assess(p))
        == "Up from 0.11% to 0.13% (2017/18 to 2018/19): worse; there are no 95% intervals, so "
        + "chance cannot be ruled out. In 2013/14, five years earlier, it was 0.15%.")
  }

  @Test("Figures that round alike get more places: 0.107% to 0.109%, not 0.11% to 0.11%")
  func distinctDisplay() throws {
    let exclusions = try assess(pack(stockport2018: 0.10911))
    #expect(
      message(.worseThanYearAgo, in: exclusions)
        == "Up from 0.107% to 0.109% (2017/18 to 2018/19): worse; there are no 95% intervals, so "
        + "chance cannot be ruled out. In 2013/14, five years earlier, it was 0.08%.")
  }

  @Test("No counts after 2016/17: not compared, with each comparator's rate and the reason")
  func notCompared() throws {
    let exclusions = try assess(pack())
    #expect(exclusions.benchmarks.allSatisfy { $0.comparison == .notCompared })
    #expect(
      message(.notCompared, in: exclusions)
        == "Not compared with England (0.10%), the North West (0.13%) or Leeds (0.01%): there is no confidence interval, because the 2018/19 figure was published without counts or denominators."
    )
    // Never a back-calculated interval.
    #expect(exclusions.series(area: Self.stockport.code).last?.ci == nil)
  }

  @Test("Place among the statistical neighbours; a group with no member data is left out")
  func groupRank() throws {
    let exclusions = try assess(pack())
    #expect(exclusions.groups.map(\.group) == ["statistical-neighbours"])
    let standing = try #require(exclusions.groups.first?.standing)
    #expect(standing.rank == 8)
    #expect(standing.of == 11)
    #expect(close(standing.mean, Self.neighbours.map(\.rate).reduce(0, +) / 10))
    #expect(standing.quartile != 4)
    #expect(
      message(.groupRank, in: exclusions)
        == "Ranked 8th of 11 among statistical neighbours (group mean 0.10%).")
    #expect(message(.bottomQuartile, in: exclusions) == nil)
  }

  @Test("Bottom quartile replaces the rank flag, with the group mean")
  func bottomQuartile() throws {
    let exclusions = try assess(pack(stockport2018: 0.2))
    #expect(message(.groupRank, in: exclusions) == nil)
    #expect(
      message(.bottomQuartile, in: exclusions)
        == "Ranked 11th of 11 among statistical neighbours (bottom quartile; group mean 0.10%).")
  }

  @Test("Worsening is an exception only where configured (exceptions: … worse-than-year-ago)")
  func configuredException() throws {
    #expect(!(try assess(pack())).exception)
    let watched = try assess(
      pack(exceptions: RulesConfig.defaultExceptions + [.worseThanYearAgo]))
    #expect(watched.exception)
    #expect(watched.exceptionSeverity == .watch)
    #expect(watched.exceptionFlags.map(\.rule) == [.worseThanYearAgo])
  }

  @Test("check's missing-commentary warning: exceptions with no or blank commentary")
  func missingCommentary() throws {
    var p = pack(exceptions: [.worseThanYearAgo])
    var assessment = Assessor.assess(p, generatorVersion: "test")
    #expect(assessment.exceptionsWithoutCommentary(in: p).map(\.id) == ["permanent-exclusions"])
    let quarter = try #require(p.period)
    p.commentary[quarter] = [
      "permanent-exclusions": Commentary(indicator: "permanent-exclusions", text: "  \n")
    ]
    assessment = Assessor.assess(p, generatorVersion: "test")
    #expect(assessment.exceptionsWithoutCommentary(in: p).count == 1)
    p.commentary[quarter] = [
      "permanent-exclusions": Commentary(
        indicator: "permanent-exclusions", author: "Heidi Shaw", text: "An audit of files.")
    ]
    #expect(assessment.exceptionsWithoutCommentary(in: p).isEmpty)
  }

  @Test(
    "Regions named by a compass point take 'the'; counties and other roles do not",
    arguments: [
      (ComparatorRole.region, "North West", "the North West"),
      (.region, "East Midlands", "the East Midlands"),
      (.region, "London", "London"),
      (.named, "West Sussex", "West Sussex"),
      (.national, "England", "England"),
    ])
  func article(role: ComparatorRole, name: String, expected: String) {
    #expect(inSentence(ComparatorArea(area: Area(code: "X", name: name), role: role)) == expected)
  }
}
