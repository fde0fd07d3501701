import IndicatorModel

/// The result of the Fingertips recent-trend test (methods.md §5).
public enum TrendResult: String, CaseIterable, Sendable, Codable {
  case increasingGettingBetter = "increasing-getting-better"
  case increasingGettingWorse = "increasing-getting-worse"
  case decreasingGettingBetter = "decreasing-getting-better"
  case decreasingGettingWorse = "decreasing-getting-worse"
  case increasing, decreasing
  case noSignificantChange = "no-significant-change"
  case cannotBeCalculated = "cannot-be-calculated"
}

/// One valid point for the trend test: a value and its 95% interval.
public struct TrendPoint: Hashable, Sendable {
  public var value: Double
  public var lower: Double
  public var upper: Double

  public init(value: Double, lower: Double, upper: Double) {
    self.value = value
    self.lower = lower
    self.upper = upper
  }
}

/// The recent-trend reading: result, χ² (nil when it cannot be calculated), points used.
public struct RecentTrend: Hashable, Sendable {
  public var result: TrendResult
  public var chiSquare: Double?
  public var points: Int

  public init(result: TrendResult, chiSquare: Double?, points: Int) {
    self.result = result
    self.chiSquare = chiSquare
    self.points = points
  }
}

/// χ²₁ at 99.8%, the Fingertips significance threshold.
public let trendChiSquareThreshold = 9.54953570608324

/// FT `TrendMarkerCalculator`: weighted least squares over the 5 most recent valid points
/// (oldest first), significant when χ² exceeds the threshold and the slope keeps its sign when
/// each point is left out in turn (a zero slope counts as positive, as in FT).
public func recentTrend(_ valid: [TrendPoint], polarity: Polarity) -> RecentTrend {
  let used = Array(valid.suffix(5))
  guard used.count == 5 else {
    return RecentTrend(result: .cannotBeCalculated, chiSquare: nil, points: used.count)
  }
  // t keeps its position (1…5) when a point is left out, as FT keys points by position.
  let weighted: [(w: Double, v: Double, t: Double)] = used.enumerated().map { index, point in
    let se = (point.upper - point.lower) / 3.92
    return (1 / (se * se), point.value, Double(index + 1))
  }
  guard weighted.allSatisfy({ $0.w.isFinite && $0.w > 0 }) else {
    return RecentTrend(result: .cannotBeCalculated, chiSquare: nil, points: 5)
  }
  func fit(leavingOut skipped: Int?) -> (slope: Double, chiSquare: Double)? {
    var s1 = 0.0
    var s2 = 0.0
    var s3 = 0.0
    var s4 = 0.0
    var s5 = 0.0
    for (index, p) in weighted.enumerated() where index != skipped {
      s1 += p.w
      s2 += p.w * p.v * p.t
      s3 += p.w * p.t
      s4 += p.w * p.v
      s5 += p.w * p.t * p.t
    }
    let determinant = s1 * s5 - s3 * s3
    guard determinant > 0 else { return nil }
    let slope = (s1 * s2 - s3 * s4) / determinant
    let se = (s1 / determinant).squareRoot()
    return (slope, (slope / se) * (slope / se))
  }
  guard let full = fit(leavingOut: nil) else {
    return RecentTrend(result: .cannotBeCalculated, chiSquare: nil, points: 5)
  }
  let positive = full.slope >= 0
  let stable = (0..<5).allSatisfy { index in
    guard let partial = fit(leavingOut: index) else { return false }
    return (partial.slope >= 0) == positive
  }
  guard stable && full.chiSquare > trendChiSquareThreshold else {
    return RecentTrend(result: .noSignificantChange, chiSquare: full.chiSquare, points: 5)
  }
  let result: TrendResult
  switch polarity {
  case .higherIsBetter: result = positive ? .increasingGettingBetter : .decreasingGettingWorse
  case .lowerIsBetter: result = positive ? .increasingGettingWorse : .decreasingGettingBetter
  case .noJudgement: result = positive ? .increasing : .decreasing
  }
  return RecentTrend(result: result, chiSquare: full.chiSquare, points: 5)
}
