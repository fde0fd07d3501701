import IndicatorModel
import Testing

@testable import Analysis

/// Every flag rule with the exact sentence it gives (issue 16: "a table per flag rule with its
/// exact sentence"). Each case is one small pack, built in code, in which the rule fires; the
/// sentence is what every output prints for it, word for word.
@Suite("Flag sentences: one exact sentence per rule")
struct FlagSentenceTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let rule: RuleID
    let sentence: String
    let pack: Pack
    var testDescription: String { rule.rawValue }
  }

  @Test("each rule's sentence, word for word", arguments: Self.cases)
  func sentence(_ example: Case) throws {
    let assessment = try #require(
      Assessor.assess(example.pack, generatorVersion: "test").indicators.first)
    let flag = try #require(
      assessment.flags.first { $0.rule == example.rule },
      "\(example.rule.rawValue) did not fire; flags: \(assessment.flags.map(\.rule.rawValue))")
    #expect(flag.message == example.sentence)
  }

  @Test("the table covers every rule")
  func everyRule() {
    #expect(Set(Self.cases.map(\.rule)) == Set(RuleID.allCases))
  }

  static let cases: [Case] = [
    Case(
      rule: .missingData,
      sentence: "No figure for 2013/14 Q4 yet; the latest is 2013/14 Q2 (52.0%).",
      pack: Fixture.quarterly([500, 510, 520], endingAt: "2013/14 Q2")),
    Case(
      rule: .targetRed,
      sentence: "55.0% is 25.0 points below the target of 80% — red for 3 quarters in a row.",
      pack: Fixture.quarterly([540, 545, 550], target: Target(value: 80, amber: 75))),
    Case(
      rule: .targetAmber,
      sentence: "77.0% is 3.0 points below the target of 80% — amber for 3 quarters in a row.",
      pack: Fixture.quarterly([770, 770, 770], target: Target(value: 80, amber: 75))),
    Case(
      rule: .targetGreen,
      sentence: "85.0% meets the target of 80%.",
      pack: Fixture.quarterly([850, 850, 850], target: Target(value: 80, amber: 75))),
    Case(
      rule: .spcConcern,
      sentence:
        "40.0% is below the lower process limit of 42.7%, so the fall is not chance (SPC: outside "
        + "the limits).",
      pack: Fixture.quarterly(Fixture.steady + [400])),
    Case(
      rule: .spcImprovement,
      sentence:
        "60.0% is above the upper process limit of 58.1%, so the rise is not chance (SPC: outside "
        + "the limits).",
      pack: Fixture.quarterly(Fixture.steady + [600])),
    Case(
      rule: .spcImprovement,
      sentence:
        "55.0% is above the upper process limit of 50.2%, so the rise is not chance (SPC: outside "
        + "the limits). It has risen for 16 quarters in a row; the earlier points sit below the mean because "
        + "the level has moved, so the limits could be recalculated.",
      pack: Fixture.quarterly((0..<16).map { 400 + 10 * Double($0) })),
    Case(
      rule: .spcImprovement,
      sentence:
        "The rise over the last 7 quarters is not chance (SPC: 7 points in a row above the mean).",
      pack: Fixture.quarterly(Fixture.steady + [530, 525, 530, 528, 532, 527, 531])),
    Case(
      rule: .spcImprovement,
      sentence:
        "The rise over the last 7 quarters is not chance (SPC: 7 points in a row, each rising).",
      pack: Fixture.quarterly(Fixture.steady + [480, 485, 490, 495, 500, 505, 510])),
    Case(
      rule: .assuranceFail,
      sentence:
        "The process limits, 44.8% to 55.5%, are where the figure falls while nothing changes; "
        + "the Ofsted expectation of 80% is above them, so it will consistently be missed unless "
        + "something changes (SPC assurance: fail).",
      pack: Fixture.quarterly(
        Fixture.steady + [500], target: Target(value: 80, label: "Ofsted expectation"))),
    Case(
      rule: .assurancePass,
      sentence:
        "The process limits, 44.8% to 55.5%, are where the figure falls while nothing changes; "
        + "the target of 30% is below them, so it will consistently be met unless something "
        + "changes (SPC assurance: pass).",
      pack: Fixture.quarterly(Fixture.steady + [500], target: Target(value: 30))),
    Case(
      rule: .worseThanEngland,
      sentence: "Significantly worse than England (50.0% vs 60.0%).",
      pack: Fixture.quarterly([500, 500], england: 60)),
    Case(
      rule: .betterThanEngland,
      sentence: "Significantly better than England (50.0% vs 40.0%).",
      pack: Fixture.quarterly([500, 500], england: 40)),
    Case(
      rule: .worseThanComparator,
      sentence: "Significantly worse than Leeds (50.0% vs 60.0%).",
      pack: Fixture.quarterly([500, 500], leeds: 60)),
    Case(
      rule: .betterThanComparator,
      sentence: "Significantly better than Leeds (50.0% vs 40.0%).",
      pack: Fixture.quarterly([500, 500], leeds: 40)),
    Case(
      rule: .notCompared,
      sentence:
        "Not compared with England (60.0%): there is no confidence interval, because the "
        + "2013/14 Q4 figure was published without counts or denominators.",
      pack: Fixture.quarterly([500, 500], england: 60, countsKnown: false)),
    Case(
      rule: .bottomQuartile,
      sentence:
        "Ranked 9th of 9 among statistical neighbours (bottom quartile; group mean 60.0%).",
      pack: Fixture.quarterly([500, 500], neighbours: [52, 55, 58, 60, 62, 64, 66, 63])),
    Case(
      rule: .groupRank,
      sentence: "Ranked 5th of 9 among statistical neighbours (group mean 50.0%).",
      pack: Fixture.quarterly([500, 500], neighbours: [46, 47, 48, 49, 51, 52, 53, 54])),
    Case(
      rule: .worseningStreak,
      sentence: "Worse than the quarter before for 3 quarters in a row.",
      pack: Fixture.quarterly([700, 600, 500, 400])),
    Case(
      rule: .worseThanYearAgo,
      sentence:
        "Down from 60.0% to 50.0% (2012/13 Q4 to 2013/14 Q4): worse; the 95% intervals do not "
        + "overlap, so the fall is not chance.",
      pack: Fixture.quarterly([600, 600, 600, 600, 500])),
    Case(
      rule: .betterThanYearAgo,
      sentence:
        "Up from 50.0% to 60.0% (2012/13 Q4 to 2013/14 Q4): better; the 95% intervals do not "
        + "overlap, so the rise is not chance.",
      pack: Fixture.quarterly([500, 500, 500, 500, 600])),
    Case(
      rule: .trendGettingWorse,
      sentence:
        "Decreasing and getting worse over the last 5 years (recent trend significant at 99.8%).",
      pack: Fixture.yearly([700, 650, 600, 550, 500])),
    Case(
      rule: .trendGettingBetter,
      sentence:
        "Increasing and getting better over the last 5 years (recent trend significant at 99.8%).",
      pack: Fixture.yearly([500, 550, 600, 650, 700])),
    Case(
      rule: .provisional,
      sentence: "The 2013/14 Q4 figure (50.0%) is provisional.",
      pack: Fixture.quarterly([500, 500], provisional: true)),
    Case(
      rule: .actionOverdue,
      sentence:
        "An action from an earlier meeting is overdue: \"Report on registration\" (Viki Packman, from 2013/14 Q2, due 31 December 2013).",
      pack: Fixture.withAction(
        Action(owner: "Viki Packman", action: "Report on registration"), raisedIn: "2013/14 Q2")),
  ]
}

/// Small packs for the sentence table: one percentage indicator ("Registration", higher is
/// better) with Stockport's counts out of 1,000, and its comparators.
enum Fixture {
  static let stockport = Area(code: "E08000007", name: "Stockport")
  static let england = Area(code: "E92000001", name: "England")
  static let leeds = Area(code: "E08000035", name: "Leeds")
  /// Fourteen quarters that wander about 50% with no pattern.
  static let steady: [Double] = [
    500, 520, 490, 510, 480, 505, 515, 495, 500, 525, 485, 510, 500, 490,
  ]

  /// A quarterly series ending at `endingAt`, in a pack for 2013/14 Q4.
  static func quarterly(
    _ counts: [Double], endingAt last: String = "2013/14 Q4", target: Target? = nil,
    england: Double? = nil, leeds: Double? = nil, neighbours: [Double] = [],
    countsKnown: Bool = true, provisional: Bool = false
  ) -> Pack {
    pack(
      counts, periodicity: .financialQuarter, last: Period(last, periodicity: .financialQuarter)!,
      target: target, england: england, leeds: leeds, neighbours: neighbours,
      countsKnown: countsKnown, provisional: provisional)
  }

  /// The steady quarterly pack with an action raised at an earlier meeting.
  static func withAction(_ action: Action, raisedIn label: String) -> Pack {
    var pack = quarterly(steady)
    let period = Period(label, periodicity: .financialQuarter)!
    pack.commentary[period] = [
      "registration": Commentary(
        indicator: "registration", author: nil, text: "Noted.", actions: [action])
    ]
    return pack
  }

  /// A yearly series ending 2013/14, in a pack for 2013/14 Q4.
  static func yearly(_ counts: [Double]) -> Pack {
    pack(
      counts, periodicity: .financialYear, last: Period("2013/14", periodicity: .financialYear)!,
      target: nil, england: nil, leeds: nil, neighbours: [], countsKnown: true,
      provisional: false)
  }

  static func pack(
    _ counts: [Double], periodicity: Periodicity, last: Period, target: Target?,
    england: Double?, leeds: Double?, neighbours: [Double], countsKnown: Bool,
    provisional: Bool
  ) -> Pack {
    let indicator = Indicator(
      id: "registration", title: "Registration", theme: "early-years",
      measure: Measure(type: .proportion, multiplier: 100, unit: "%", decimals: 1),
      polarity: .higherIsBetter, periodicity: periodicity, target: target)
    var observations = counts.enumerated().map { i, x in
      Observation(
        indicator: indicator.id,
        period: Period(periodicity: periodicity, index: last.index - counts.count + 1 + i),
        area: stockport.code, value: countsKnown ? nil : x / 10,
        numerator: countsKnown ? x : nil, denominator: countsKnown ? 1000 : nil,
        status: provisional && i == counts.count - 1 ? .provisional : nil)
    }
    let members = neighbours.indices.map { Area(code: "E0600000\($0)", name: "N\($0)") }
    for (member, value) in zip(members, neighbours) {
      observations.append(
        Observation(indicator: indicator.id, period: last, area: member.code, value: value))
    }
    for (area, value) in [(Self.england, england), (Self.leeds, leeds)] {
      guard let value else { continue }
      observations.append(
        Observation(indicator: indicator.id, period: last, area: area.code, value: value))
    }
    return Pack(
      id: "sentences", title: "Performance Report", organisation: "Stockport Council",
      board: "Children's Trust Board", area: stockport,
      comparators: [
        ComparatorArea(area: Self.england, role: .national),
        ComparatorArea(area: Self.leeds, role: .named),
      ],
      groups: neighbours.isEmpty
        ? []
        : [
          ComparatorGroup(
            id: "statistical-neighbours", name: "Statistical neighbours", members: members)
        ],
      period: Period("2013/14 Q4", periodicity: .financialQuarter),
      themes: [Theme(id: "early-years", title: "Early years")],
      indicators: [indicator], observations: observations)
  }
}
