import Foundation
import IndicatorModel
import Testing

@testable import Analysis

@Suite("The assessment (design §5, §7)")
struct AssessorTests {
  static let stockport = Area(code: "E08000007", name: "Stockport")
  static let england = Area(code: "E92000001", name: "England")
  static let leeds = Area(code: "E08000035", name: "Leeds")

  func quarter(_ label: String) -> Period { Period(label, periodicity: .financialQuarter)! }

  /// Children's Centre registration as in the board minutes: rising to 55% against 80%.
  func pack(period: String = "2013/14 Q4") -> Pack {
    let registration = Indicator(
      id: "cc-registration", title: "Children's Centre registration", theme: "early-years",
      measure: Measure(type: .proportion, multiplier: 100, unit: "%", decimals: 1),
      polarity: .higherIsBetter, periodicity: .financialQuarter,
      target: Target(value: 80, label: "Ofsted expectation", amber: 75))
    var observations: [Observation] = []
    let start = quarter("2012/13 Q3").index
    let counts: [Double] = [4800, 4950, 5100, 5250, 5300, 5412]
    for (i, x) in counts.enumerated() {
      let p = Period(periodicity: .financialQuarter, index: start + i)
      observations.append(
        Observation(
          indicator: "cc-registration", period: p, area: Self.stockport.code, numerator: x,
          denominator: 9840))
    }
    observations.append(
      Observation(
        indicator: "cc-registration", period: quarter("2013/14 Q4"), area: Self.england.code,
        value: 67.0))
    let conceptions = Indicator(
      id: "under18-conceptions", title: "Under-18 conceptions", theme: "health",
      measure: Measure(type: .rate, multiplier: 1000, unit: "per 1,000"),
      polarity: .lowerIsBetter, periodicity: .financialYear)
    for year in [2014, 2015, 2016] {
      observations.append(
        Observation(
          indicator: "under18-conceptions",
          period: Period(periodicity: .financialYear, index: year),
          area: Self.stockport.code, value: 0.11))
    }
    let later = Indicator(
      id: "new-series", title: "A series that starts later", theme: "health",
      measure: Measure(type: .count), polarity: .lowerIsBetter, periodicity: .calendarYear)
    observations.append(
      Observation(
        indicator: "new-series", period: Period(periodicity: .calendarYear, index: 2021),
        area: Self.stockport.code, value: 5))
    return Pack(
      id: "stockport-cyp", title: "Quarterly Performance Report", organisation: "Stockport Council",
      board: "Children's Trust Board", area: Self.stockport,
      comparators: [
        ComparatorArea(area: Self.england, role: .national),
        ComparatorArea(area: Self.leeds, role: .named),
      ],
      period: Period(period, periodicity: .financialQuarter),
      themes: [
        Theme(id: "early-years", title: "Early years"), Theme(id: "health", title: "Health"),
      ],
      indicators: [conceptions, later, registration], observations: observations)
  }

  @Test("The minutes' case: 55.0% against 80% is a red exception with its run and the gap")
  func registrationIsRed() throws {
    let assessment = Assessor.assess(pack(), generatorVersion: "test")
    let registration = try #require(assessment.indicators.first { $0.id == "cc-registration" })
    let target = try #require(registration.target)
    #expect(target.status == .red)
    #expect(close(target.gap, 5412.0 / 9840 * 100 - 80))
    #expect(target.periodsOffTarget == 6)
    #expect(registration.exception)
    #expect(
      registration.flags.first?.message
        == "55.0% is 25.0 points below the Ofsted expectation of 80% — red for 6 quarters in a row."
    )
    // 53.9% → 55.0%: the 95% intervals overlap; a year earlier (51.8%) they do not.
    #expect(registration.direction.previous == .noSignificantChange)
    #expect(registration.direction.yearAgo == .improved)
    // England has no CI of its own, but the area has one: compared (worse). Every other period
    // and Leeds (no data) are there as not compared, with the reason, and in no message.
    let latest = registration.benchmarks.filter { $0.period == registration.period }
    #expect(latest.count == 2)
    #expect(latest.first { $0.comparator == Self.england.code }?.comparison == .worse)
    let leeds = try #require(latest.first { $0.comparator == Self.leeds.code })
    #expect(leeds.comparison == .notCompared && leeds.value == nil)
    #expect(leeds.reason == .noComparatorFigure)
    #expect(registration.benchmarks.count == 12)
    #expect(
      registration.flags.contains {
        $0.message == "Significantly worse than England (55.0% vs 67.0%)."
      })
    #expect(!registration.flags.contains { $0.message.contains("Leeds") })
    #expect(registration.spc?.reading == .insufficientData)
  }

  @Test("Annual data read at a quarter: missing at the reporting period, never filled in")
  func missingData() throws {
    let assessment = Assessor.assess(pack(period: "2019/20 Q1"), generatorVersion: "test")
    let conceptions = try #require(assessment.indicators.first { $0.id == "under18-conceptions" })
    #expect(conceptions.period?.label == "2018/19")
    #expect(conceptions.flags.first?.rule == .missingData)
    #expect(
      conceptions.flags.first?.message
        == "No figure for 2018/19 yet; the latest is 2016/17 (0.1 per 1,000).")
    #expect(conceptions.exception)
    #expect(conceptions.direction.previous == nil)
  }

  @Test("A series that starts after the pack period: an info flag, not an exception")
  func laterSeries() throws {
    let assessment = Assessor.assess(pack(), generatorVersion: "test")
    let later = try #require(assessment.indicators.first { $0.id == "new-series" })
    #expect(later.period?.label == "2013")
    #expect(later.flags.map(\.severity) == [.info])
    #expect(
      later.flags.first?.message
        == "No figures for Stockport at or before 2013; the first figure is for 2021.")
    #expect(!later.exception)
    #expect(later.observations.isEmpty)
  }

  @Test("Indicators in theme order; exceptions concern first; per-indicator override")
  func ordering() {
    var p = pack(period: "2019/20 Q1")
    var assessment = Assessor.assess(p, generatorVersion: "test")
    #expect(
      assessment.indicators.map(\.id) == ["cc-registration", "under18-conceptions", "new-series"])
    // cc-registration has no 2019/20 Q1 figure either: both are missing-data (watch).
    #expect(assessment.exceptions.map(\.id) == ["cc-registration", "under18-conceptions"])
    p.indicators[0].exceptions = [.targetRed]
    assessment = Assessor.assess(p, generatorVersion: "test")
    #expect(!assessment.indicators.first { $0.id == "under18-conceptions" }!.exception)
    #expect(assessment.summary.exceptions == 1)
  }

  @Test("JSON: schema_version 1, generator, snake_case keys, explicit nulls, kebab-case enums")
  func json() throws {
    let data = try Assessor.assess(pack(), generatorVersion: "1.2.3").jsonData()
    let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(root["schema_version"] as? Int == 1)
    let generator = try #require(root["generator"] as? [String: Any])
    #expect(generator["name"] as? String == "boardpack")
    #expect(generator["version"] as? String == "1.2.3")
    let indicators = try #require(root["indicators"] as? [[String: Any]])
    let registration = try #require(indicators.first { $0["id"] as? String == "cc-registration" })
    for key in [
      "id", "title", "theme", "polarity", "period", "observations", "target", "direction", "spc",
      "benchmarks", "groups", "trend", "flags", "exception",
    ] {
      #expect(registration.keys.contains(key), "missing \(key)")
    }
    #expect(registration["trend"] is NSNull)
    #expect(registration["polarity"] as? String == "higher-is-better")
    let observation = try #require((registration["observations"] as? [[String: Any]])?.first)
    #expect(observation["status"] is NSNull)
    #expect(observation["note"] is NSNull)
    #expect((observation["ci_998"] as? [String: Any])?["level"] as? Double == 0.998)
    let target = try #require(registration["target"] as? [String: Any])
    #expect(target["periods_off_target"] as? Int == 6)
    let summary = try #require(root["summary"] as? [String: Any])
    #expect((summary["target_status"] as? [String: Int])?["red"] == 1)
    let text = try #require(String(data: data, encoding: .utf8))
    #expect(!text.contains("NaN"))
  }

  @Test("500 indicators × 40 periods × 14 areas assess without quadratic scans")
  func scale() {
    var p = pack()
    p.indicators = []
    p.observations = []
    let areas = (0..<14).map { "E0800\(String(format: "%04d", $0))" }
    p.area = Area(code: areas[0], name: "Area 0")
    for i in 0..<500 {
      let id = "i\(i)"
      p.indicators.append(
        Indicator(
          id: id, title: id, theme: "health",
          measure: Measure(type: .proportion, multiplier: 100, unit: "%"),
          polarity: .higherIsBetter, periodicity: .financialQuarter,
          target: Target(value: 50)))
      for q in 0..<40 {
        for (k, area) in areas.enumerated() {
          p.observations.append(
            Observation(
              indicator: id, period: Period(periodicity: .financialQuarter, index: 2004 * 4 + q),
              area: area, numerator: Double(400 + (q * 7 + k * 3) % 50), denominator: 1000))
        }
      }
    }
    p.period = nil
    let assessment = Assessor.assess(p, generatorVersion: "test")
    #expect(assessment.indicators.count == 500)
    #expect(assessment.indicators.allSatisfy { $0.spc?.reading == .ok })
  }
}

/// `jsonData()` encodes indicator by indicator to save memory; its bytes must be exactly one
/// `JSONEncoder` call's.
@Suite struct AssessmentJSONTests {
  static func wholeEncoding(_ assessment: Assessment) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return try encoder.encode(assessment)
  }

  @Test("indicator by indicator gives the bytes of one encoder call", arguments: [0, 1, Int.max])
  func sameBytes(_ keep: Int) throws {
    var assessment = Assessor.assess(AssessorTests().pack(), generatorVersion: "1.2.3")
    if keep < assessment.indicators.count {
      assessment.indicators = Array(assessment.indicators.prefix(keep))
    }
    let chunked = try assessment.jsonData()
    #expect(chunked == (try Self.wholeEncoding(assessment)))
    #expect(!chunked.isEmpty)
  }

  @Test("written in batches of any size, the pieces join to the same bytes", arguments: [1, 2])
  func batches(_ size: Int) throws {
    let assessment = Assessor.assess(AssessorTests().pack(), generatorVersion: "1.2.3")
    #expect(assessment.indicators.count > size)
    var pieces: [Data] = []
    try AssessmentJSON.write(assessment, batchSize: size) { pieces.append($0) }
    #expect(pieces.count == 2 + (assessment.indicators.count + size - 1) / size)
    #expect(pieces.reduce(Data(), +) == (try Self.wholeEncoding(assessment)))
  }
}
