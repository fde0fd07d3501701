import Foundation

/// A value axis with "nice" round ticks (1, 2, 2.5, 5 × 10ⁿ) covering the data.
///
/// Choosing ticks is layout, not statistics: it only decides where gridlines go.
struct AxisScale: Hashable {
  let lower: Double
  let upper: Double
  let step: Double
  let ticks: [Double]

  /// A scale covering `minimum…maximum` (and zero when asked) with about `tickCount` ticks.
  init(minimum: Double, maximum: Double, includeZero: Bool, tickCount: Int) {
    var low = includeZero ? min(minimum, 0) : minimum
    var high = includeZero ? max(maximum, 0) : maximum
    if !(low.isFinite && high.isFinite) || low > high { (low, high) = (0, 1) }
    if high - low < 1e-12 {
      // A flat series still needs a visible range around it.
      let pad = Swift.max(abs(high) * 0.1, 1)
      low = includeZero && low >= 0 ? Swift.max(0, low - pad) : low - pad
      high += pad
    }
    let step = AxisScale.niceStep((high - low) / Double(Swift.max(tickCount - 1, 1)))
    let first = (low / step).rounded(.down) * step
    let last = (high / step).rounded(.up) * step
    self.step = step
    self.lower = first
    self.upper = last == first ? first + step : last
    var ticks: [Double] = []
    var tick = first
    while tick <= self.upper + step * 1e-9 {
      ticks.append(abs(tick) < step * 1e-9 ? 0 : tick)
      tick += step
    }
    self.ticks = ticks
  }

  /// The step of 1, 2, 2.5, 5 × 10ⁿ nearest to `rough` (by ratio), so the tick count stays
  /// close to the one asked for.
  static func niceStep(_ rough: Double) -> Double {
    guard rough > 0, rough.isFinite else { return 1 }
    let magnitude = pow(10, log10(rough).rounded(.down))
    let candidates = [1.0, 2, 2.5, 5, 10].map { $0 * magnitude }
    return candidates.min { abs(log(($0) / rough)) < abs(log(($1) / rough)) }!
  }

  /// Decimal places that show every tick exactly.
  var decimals: Int {
    for places in 0...6 {
      let scaled = step * pow(10, Double(places))
      if abs(scaled - scaled.rounded()) < 1e-6 { return places }
    }
    return 6
  }

  /// Where `value` falls between `bottom` (at `lower`) and `top` (at `upper`) on screen.
  func position(of value: Double, from bottom: Double, to top: Double) -> Double {
    bottom + (value - lower) / (upper - lower) * (top - bottom)
  }
}
