import IndicatorModel

/// Per-point limits for P, U and Laney P′/U′ charts (methods.md §6.3; QIC `qic`), in the
/// chart's own scale (a fraction or a rate per 1); the caller multiplies for display.
///
/// - Parameters:
///   - numerators, denominators: one per point; a point lacking either gets nil limits.
///   - baseline: indices of the points the centre line (and Laney's σ_z) are computed from.
///   - screening: whether Laney's moving ranges of z are screened (methods.md §6.1); plain P and
///     U charts have no moving ranges.
/// - Returns: per point, its limits; nil for all when the baseline has no usable point.
public func attributeLimits(
  chart: SPCChart, numerators: [Double?], denominators: [Double?], baseline: [Int],
  screening: Bool = false
) -> [ProcessLimits?] {
  let count = numerators.count
  let usable = baseline.filter { i in
    (numerators[i].map { $0 >= 0 } ?? false) && (denominators[i].map { $0 > 0 } ?? false)
  }
  let sumX = usable.reduce(0.0) { $0 + numerators[$1]! }
  let sumN = usable.reduce(0.0) { $0 + denominators[$1]! }
  guard sumN > 0 else { return Array(repeating: nil, count: count) }
  let centre = sumX / sumN
  let isProportion = chart == .p || chart == .pPrime

  func sigma(_ n: Double) -> Double {
    isProportion ? (centre * (1 - centre) / n).squareRoot() : (centre / n).squareRoot()
  }
  // Laney: the spread of the standardised values inflates (or shrinks) each point's sigma.
  var sigmaZ = 1.0
  if chart == .pPrime || chart == .uPrime, let first = baseline.first, let last = baseline.last {
    // Every period from the first to the last baseline point, so a missing one breaks the chain
    // of moving ranges, as qicharts2's `abs(diff(z_i))` over the frozen rows does.
    let inBaseline = Set(baseline)
    let z: [Double?] = (first...last).map { i in
      guard inBaseline.contains(i), let x = numerators[i], let n = denominators[i], n > 0
      else { return nil }
      let s = sigma(n)
      return s > 0 ? (x / n - centre) / s : nil
    }
    guard let amr = averageMovingRange(z, screening: screening) else {
      return Array(repeating: nil, count: count)
    }
    sigmaZ = amr / 1.128
  }
  return (0..<count).map { i in
    guard let n = denominators[i], n > 0, numerators[i] != nil else { return nil }
    let s = sigma(n) * sigmaZ
    var lower = centre - 3 * s
    var upper = centre + 3 * s
    var lowerNear = centre - 2 * s
    var upperNear = centre + 2 * s
    lower = max(0, lower)
    lowerNear = max(0, lowerNear)
    if isProportion {
      upper = min(1, upper)
      upperNear = min(1, upperNear)
    }
    return ProcessLimits(
      mean: centre, lower: lower, upper: upper, lowerNear: lowerNear, upperNear: upperNear)
  }
}

extension ProcessLimits {
  /// The limits × a display multiplier (a P chart's fraction as a percentage).
  public func scaled(by multiplier: Double) -> ProcessLimits {
    ProcessLimits(
      mean: mean * multiplier, lower: lower * multiplier, upper: upper * multiplier,
      lowerNear: lowerNear * multiplier, upperNear: upperNear * multiplier)
  }
}
