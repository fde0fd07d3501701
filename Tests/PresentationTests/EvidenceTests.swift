import Analysis
import IndicatorModel
import Presentation
import Testing

/// The readings beside an exception (`Words.evidence`), pinned row by row.
@Suite struct EvidenceTests {
  static let stockport = Area(code: "E08000007", name: "Stockport")
  static let england = Area(code: "E92000001", name: "England")
  static let leeds = Area(code: "E08000035", name: "Leeds")

  /// Permanent exclusions as the Family Partnership Board of 24 September 2019 saw them: rates
  /// only (no counts) for the latest years, so no comparison can be judged.
  func exclusions(withCounts: Bool) -> (Pack, IndicatorAssessment?) {
    let indicator = Indicator(
      id: "permanent-exclusions", title: "Permanent exclusions", theme: "attainment",
      measure: Measure(type: .proportion, multiplier: 100, unit: "%", decimals: 2),
      polarity: .lowerIsBetter, periodicity: .academicYear,
      target: Target(value: 0.1, label: "Plan"))
    func year(_ label: String) -> Period { Period(label, periodicity: .academicYear)! }
    var observations = [
      ("2016/17", 43.0), ("2017/18", 42.0), ("2018/19", 52.0),
    ].map { label, count in
      Observation(
        indicator: indicator.id, period: year(label), area: Self.stockport.code,
        value: withCounts ? nil : count / 400, numerator: withCounts ? count : nil,
        denominator: withCounts ? 40000 : nil)
    }
    observations += [(Self.england, 0.09651), (Self.leeds, 0.0088)].map { area, value in
      Observation(indicator: indicator.id, period: year("2018/19"), area: area.code, value: value)
    }
    let pack = Pack(
      id: "evidence", title: "Performance Report", organisation: "Stockport Council",
      board: "Family Partnership Board", area: Self.stockport,
      comparators: [
        ComparatorArea(area: Self.england, role: .national),
        ComparatorArea(area: Self.leeds, role: .named),
      ],
      period: Period("2019/20 Q2", periodicity: .financialQuarter),
      themes: [Theme(id: "attainment", title: "Attainment")],
      indicators: [indicator], observations: observations)
    return (pack, Assessor.assess(pack, generatorVersion: "test").indicators.first)
  }

  @Test func withoutIntervalsEachComparatorIsNotComparedAndSaysWhy() throws {
    let (pack, item) = exclusions(withCounts: false)
    let assessed = try #require(item)
    let rows = Words.evidence(assessed, indicator: pack.indicators[0], pack: pack)
    #expect(
      rows == [
        Evidence(label: "Latest", text: "0.13% (2018/19)"),
        Evidence(label: "Target", text: "0.10% (Plan): Red, 0.03 points above"),
        Evidence(label: "Direction", text: "↑ worse since 2017/18"),
        Evidence(label: "SPC", text: "Too few points"),
        Evidence(label: "England", text: "0.10%; not compared: no interval"),
        Evidence(label: "Leeds", text: "0.01%; not compared: no interval"),
      ])
  }

  @Test func withCountsTheComparisonsAreJudged() throws {
    let (pack, item) = exclusions(withCounts: true)
    let assessed = try #require(item)
    let rows = Words.evidence(assessed, indicator: pack.indicators[0], pack: pack)
    #expect(
      rows.first == Evidence(label: "Latest", text: "0.13% (2018/19; 95% interval 0.10% to 0.17%)"))
    #expect(rows.contains(Evidence(label: "England", text: "0.10%; significantly worse")))
    #expect(rows.contains(Evidence(label: "Leeds", text: "0.01%; significantly worse")))
  }
}
