import Analysis
import IndicatorModel

/// A small pack built in code and assessed by the real rules engine, for the mapping tests:
/// Children's Centre registration over 16 quarters with a gap, a provisional latest figure, a
/// target that rises by period, England and the North West every quarter, Leeds never, and
/// three statistical neighbours at the reporting period (one without a figure).
enum AssessedPack {
  static let stockport = Area(code: "E08000007", name: "Stockport")
  static let england = Area(code: "E92000001", name: "England")
  static let northWest = Area(code: "E12000002", name: "North West")
  static let leeds = Area(code: "E08000035", name: "Leeds")
  static let neighbours = [
    Area(code: "E08000029", name: "Solihull"), Area(code: "E08000009", name: "Trafford"),
    Area(code: "E06000050", name: "Cheshire West and Chester"),
  ]

  static func quarter(_ label: String) -> Period {
    Period(label, periodicity: .financialQuarter)!
  }

  static let first = quarter("2010/11 Q1")
  static let reporting = quarter("2013/14 Q4")
  /// The quarter with no row for Stockport.
  static let missing = quarter("2011/12 Q3")

  static func indicator(
    polarity: Polarity = .higherIsBetter, byPeriod: [Period: Double] = [quarter("2013/14 Q3"): 82]
  ) -> Indicator {
    Indicator(
      id: "cc-registration", title: "Children's Centre registration", theme: "early-years",
      measure: Measure(type: .proportion, multiplier: 100, unit: "%", decimals: 1),
      polarity: polarity, periodicity: .financialQuarter,
      target: Target(value: 80, label: "Ofsted expectation", amber: 75, byPeriod: byPeriod),
      source: "Local management information")
  }

  static func pack(indicator: Indicator = indicator(), quarters: Int = 16) -> Pack {
    var observations: [Observation] = []
    for offset in 0..<quarters {
      let period = Period(
        periodicity: .financialQuarter, index: reporting.index - quarters + 1 + offset)
      if period != missing {
        observations.append(
          Observation(
            indicator: indicator.id, period: period, area: stockport.code,
            numerator: 4000 + Double(offset) * 90, denominator: 9840,
            status: period == reporting ? .provisional : nil,
            note: offset == 2 ? "Revised by the service" : nil))
      }
      observations.append(
        Observation(
          indicator: indicator.id, period: period, area: england.code,
          value: 60 + Double(offset) * 0.5))
      observations.append(
        Observation(
          indicator: indicator.id, period: period, area: northWest.code,
          value: 58 + Double(offset) * 0.4))
    }
    for (index, area) in neighbours.prefix(2).enumerated() {
      observations.append(
        Observation(
          indicator: indicator.id, period: reporting, area: area.code,
          value: 50 + Double(index) * 20,
          lowerCI: 48 + Double(index) * 20, upperCI: 52 + Double(index) * 20))
    }
    return Pack(
      id: "test", title: "Test pack", organisation: "Stockport Council", board: "Board",
      area: stockport,
      comparators: [
        ComparatorArea(area: england, role: .national),
        ComparatorArea(area: northWest, role: .region),
        ComparatorArea(area: leeds, role: .named),
      ],
      groups: [ComparatorGroup(id: "sn", name: "Statistical neighbours", members: neighbours)],
      period: reporting, themes: [Theme(id: "early-years", title: "Early years")],
      indicators: [indicator], observations: observations)
  }

  /// The pack, its indicator and the indicator's assessment.
  static func assessed(_ pack: Pack = pack()) -> (Pack, Indicator, IndicatorAssessment) {
    let assessment = Assessor.assess(pack, generatorVersion: "test")
    return (pack, pack.indicators[0], assessment.indicators[0])
  }
}
