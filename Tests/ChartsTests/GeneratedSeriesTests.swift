import Analysis
import Testing

@testable import Charts

/// Property-style layout checks: many generated series (1 to 200 points, negative values, all
/// missing, a single point, huge and tiny numbers, long labels) drawn on the recording canvas,
/// each required to keep every text run on the canvas, no two runs overlapping, and every
/// coordinate finite. Seeded, so a failure names a case that can be replayed.
@Suite("Layout over generated series")
struct GeneratedSeriesTests {
  /// SplitMix64: small, seedable, the same on every platform.
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  /// One generated series and the canvas it is drawn on.
  struct Scenario: CustomTestStringConvertible, Sendable {
    let seed: UInt64
    let count: Int
    let magnitude: Double
    let offset: Double
    let missing: Double
    let size: Size
    var testDescription: String {
      "seed \(seed): \(count) points ×\(magnitude) offset \(offset) missing \(missing) "
        + "\(Int(size.width))×\(Int(size.height))"
    }

    func values() -> [Double?] {
      var random = Generator(state: seed)
      return (0..<count).map { index in
        if missing >= 1 || Double.random(in: 0..<1, using: &random) < missing { return nil }
        let wobble = Double.random(in: -1...1, using: &random)
        return (offset + wobble + Double(index) * 0.05) * magnitude
      }
    }
  }

  static let scenarios: [Scenario] = {
    var random = Generator(state: 2014)
    let counts = [1, 2, 3, 12, 24, 40, 77, 120, 200]
    let magnitudes = [1e-6, 0.001, 1, 55, 1_000, 74_588, 1e9]
    let offsets = [0.0, 3, -3, -50]
    let missing = [0.0, 0.0, 0.25, 1]
    let sizes = [
      Size(width: 800, height: 400), Size(width: 400, height: 250), Size(width: 1200, height: 600),
    ]
    return (0..<48).map { index in
      Scenario(
        seed: UInt64(index + 1), count: counts[index % counts.count],
        magnitude: magnitudes.randomElement(using: &random)!,
        offset: offsets.randomElement(using: &random)!,
        missing: missing.randomElement(using: &random)!,
        size: sizes.randomElement(using: &random)!)
    }
  }()

  static func labels(_ count: Int) -> [String] { Fixtures.quarterLabels(count) }

  static func trend(_ scenario: Scenario) -> TrendChart {
    let values = scenario.values()
    let spread = abs(scenario.magnitude) * 0.4
    let points = zip(labels(values.count), values).enumerated().map { index, pair in
      TrendChart.Point(
        label: pair.0, value: pair.1, lower: pair.1.map { $0 - spread },
        upper: pair.1.map { $0 + spread }, provisional: index == values.count - 1)
    }
    let target = values.compactMap { $0 }.max().map {
      ReferenceLine(
        value: $0, label: "Target", steps: values.indices.map { $0 % 5 == 0 ? nil : values[$0] })
    }
    return TrendChart(
      title:
        "Generated series \(scenario.seed) with a title long enough to need wrapping on a small canvas",
      areaName: "Stockport", valueAxisTitle: "Value (units)", periodAxisTitle: "Financial quarter",
      format: ValueFormat(decimals: 1, unit: "per 1,000"), points: points, target: target,
      comparators: [
        ComparatorSeries(
          name: "England", kind: .national, values: values.map { $0.map { $0 * 1.1 } })
      ], yFromZero: scenario.seed % 2 == 0, notes: ["Source: generated."])
  }

  static func spc(_ scenario: Scenario) -> ControlChart {
    let values = scenario.values()
    let present = values.compactMap { $0 }
    // Limits as the analysis would report them; any numbers do for layout.
    let mean = present.isEmpty ? 0 : present.reduce(0, +) / Double(present.count)
    let width = abs(scenario.magnitude) * 1.5
    let points = zip(labels(values.count), values).enumerated().map { index, pair in
      ControlChart.Point(
        label: pair.0, value: pair.1, segment: index < values.count / 2 ? 0 : 1, mean: mean,
        lowerLimit: mean - width, upperLimit: mean + width, lowerNear: mean - width / 1.5,
        upperNear: mean + width / 1.5,
        cause: ControlChart.Cause.allCases[index % ControlChart.Cause.allCases.count])
    }
    return ControlChart(
      title: "Generated SPC \(scenario.seed)", valueAxisTitle: "Value (units)",
      periodAxisTitle: "Financial quarter", format: ValueFormat(decimals: 2, unit: "%"),
      points: points, target: ReferenceLine(value: mean + width * 2, label: "Target"),
      variation: .concernLow, assurance: .hitOrMiss,
      insufficientDataNote: present.count < 3 ? "Too few points." : nil)
  }

  static func compare(_ scenario: Scenario) -> CompareChart {
    let values = scenario.values().prefix(60)
    let bars = values.enumerated().map { index, value in
      CompareChart.Bar(
        name: index == 0 ? "Stockport" : "Area number \(index) with a long name",
        role: index == 0 ? .area : index == 1 ? .national : .neighbour, value: value,
        lower: value.map { $0 - abs(scenario.magnitude) * 0.2 },
        upper: value.map { $0 + abs(scenario.magnitude) * 0.2 })
    }
    return CompareChart(
      title: "Generated comparison \(scenario.seed)", periodLabel: "2013/14 Q4",
      valueAxisTitle: "Value (units)", format: ValueFormat(decimals: 1, unit: "per 1,000"),
      bars: Array(bars), notes: ["Source: generated."])
  }

  static func check(_ chart: some Chart, _ scenario: Scenario) {
    let canvas = RecordingCanvas(size: scenario.size)
    chart.draw(on: canvas, style: ChartStyle())
    let bounds = Rect(x: 0, y: 0, width: scenario.size.width, height: scenario.size.height)
    let texts = canvas.texts
    for text in texts {
      #expect(bounds.contains(text.box), "\"\(text.text)\" at \(text.box) leaves the canvas")
      #expect(!text.text.isEmpty)
    }
    for (i, a) in texts.enumerated() {
      for b in texts[(i + 1)...] where a.box.intersects(b.box) {
        Issue.record("\"\(a.text)\" \(a.box) overlaps \"\(b.text)\" \(b.box)")
      }
    }
    for path in canvas.fills.map(\.path) + canvas.strokes.map(\.path) {
      for element in path.elements {
        switch element {
        case .move(let p), .line(let p):
          #expect(p.x.isFinite && p.y.isFinite, "non-finite point in \(path)")
        case .arc(let c, let r, _, _):
          #expect(c.x.isFinite && c.y.isFinite && r.isFinite)
        case .close: break
        }
      }
    }
  }

  @Test("trend", arguments: scenarios)
  func trend(_ scenario: Scenario) { Self.check(Self.trend(scenario), scenario) }

  @Test("SPC", arguments: scenarios)
  func spc(_ scenario: Scenario) { Self.check(Self.spc(scenario), scenario) }

  @Test("compare", arguments: scenarios)
  func compare(_ scenario: Scenario) { Self.check(Self.compare(scenario), scenario) }

  @Test("sparkline draws no text and stays finite", arguments: scenarios)
  func sparkline(_ scenario: Scenario) {
    let values = scenario.values()
    let chart = Sparkline(
      title: "Generated", labels: Self.labels(values.count), values: values,
      target: values.compactMap { $0 }.first, format: ValueFormat())
    let small = Scenario(
      seed: scenario.seed, count: scenario.count, magnitude: scenario.magnitude,
      offset: scenario.offset, missing: scenario.missing, size: Size(width: 120, height: 28))
    Self.check(chart, small)
  }
}
