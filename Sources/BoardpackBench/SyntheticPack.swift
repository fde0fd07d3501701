import IndicatorModel

/// A made-up pack of any size, for timing: `indicators` quarterly series of `periods` points
/// for the area, England and ten neighbours, with targets, so every rule has work to do.
enum SyntheticPack {
  static func make(indicators count: Int, periods: Int) -> Pack {
    var generator = SplitMix64(seed: 20_131_404)
    let area = Area(code: "E99000001", name: "Synthetic")
    let england = Area(code: "E92000001", name: "England")
    let neighbours = (1...10).map {
      Area(code: "E99\(String(100_000 + $0))", name: "Neighbour \($0)")
    }
    let themes = (1...5).map { Theme(id: "theme-\($0)", title: "Theme \($0)") }
    let first = Period("2009/10 Q1", periodicity: .financialQuarter)!
    var indicators: [Indicator] = []
    var observations: [Observation] = []
    observations.reserveCapacity(count * periods * 12)
    for i in 0..<count {
      let id = "indicator-\(i)"
      let isProportion = i % 2 == 0
      let measure =
        isProportion
        ? Measure(type: .proportion, multiplier: 100, unit: "%", decimals: 1)
        : Measure(type: .rate, multiplier: 10_000, unit: "per 10,000", decimals: 1)
      indicators.append(
        Indicator(
          id: id, title: "Synthetic indicator \(i)", theme: themes[i % themes.count].id,
          measure: measure, polarity: i % 3 == 0 ? .lowerIsBetter : .higherIsBetter,
          periodicity: .financialQuarter, target: Target(value: 50, amber: 45)))
      let drift = generator.uniform(-0.5, 0.5)
      for (areaIndex, place) in ([area, england] + neighbours).enumerated() {
        let base = 30 + Double(areaIndex) + generator.uniform(0, 30)
        for p in 0..<periods {
          let denominator = Double(Int(generator.uniform(2_000, 20_000)))
          let level = min(95, max(1, base + drift * Double(p) + generator.uniform(-3, 3)))
          let numerator =
            isProportion
            ? (level / 100 * denominator).rounded()
            : (level / 10_000 * denominator * 100).rounded()
          observations.append(
            Observation(
              indicator: id, period: Period(periodicity: .financialQuarter, index: first.index + p),
              area: place.code, numerator: numerator,
              denominator: isProportion ? denominator : denominator * 100))
        }
      }
    }
    return Pack(
      id: "synthetic", title: "Synthetic pack", organisation: "Benchmark", board: "Benchmark board",
      area: area, comparators: [ComparatorArea(area: england, role: .national)],
      groups: [ComparatorGroup(id: "neighbours", name: "Neighbours", members: neighbours)],
      period: Period(periodicity: .financialQuarter, index: first.index + periods - 1),
      themes: themes, indicators: indicators, observations: observations)
  }
}

/// A small, fast, seeded generator so every run times the same pack.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
  mutating func uniform(_ low: Double, _ high: Double) -> Double {
    low + (high - low) * Double(next() >> 11) / Double(1 << 53)
  }
}
