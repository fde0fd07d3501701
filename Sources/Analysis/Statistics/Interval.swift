/// How an interval was obtained, as written in the assessment.
public enum IntervalMethod: String, CaseIterable, Sendable, Codable {
  case wilson
  case byars
  case exactPoisson = "exact-poisson"
  case supplied
}

/// A confidence interval in the measure's unit (already × multiplier).
///
/// A bound that cannot be computed (e.g. a negative Byar's lower limit) is nil, never NaN.
public struct Interval: Hashable, Sendable {
  public var lower: Double?
  public var upper: Double?
  /// 0.95 or 0.998.
  public var level: Double
  public var method: IntervalMethod

  public init(lower: Double?, upper: Double?, level: Double, method: IntervalMethod) {
    self.lower = lower
    self.upper = upper
    self.level = level
    self.method = method
  }

  /// Both bounds, when both are known; comparisons need both.
  public var bounds: (lower: Double, upper: Double)? {
    guard let lower, let upper else { return nil }
    return (lower, upper)
  }

  /// Whether a value lies inside the interval, bounds included.
  public func contains(_ value: Double) -> Bool {
    guard let bounds else { return false }
    return bounds.lower <= value && value <= bounds.upper
  }
}
