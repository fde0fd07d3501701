import IndicatorModel

/// An observation's value and its 95% and 99.8% intervals, as the analysis reads them.
public struct ObservationFigures: Hashable, Sendable {
  /// The published value, else numerator ÷ denominator × multiplier (or the count).
  public var value: Double?
  public var ci95: Interval?
  public var ci998: Interval?

  public init(value: Double?, ci95: Interval?, ci998: Interval?) {
    self.value = value
    self.ci95 = ci95
    self.ci998 = ci998
  }

  /// The interval at a level.
  public func interval(_ level: ConfidenceLevel) -> Interval? {
    level == .ninetyFive ? ci95 : ci998
  }
}

extension Measure {
  /// The value and intervals of one observation by this measure's method (methods.md §1).
  ///
  /// A suppressed figure has neither. Inputs the loader should have rejected (numerator above
  /// denominator, a zero denominator) give nil, never NaN.
  public func figures(for observation: Observation) -> ObservationFigures {
    if observation.status == .suppressed {
      return ObservationFigures(value: nil, ci95: nil, ci998: nil)
    }
    let value = observation.value ?? computedValue(observation)
    return ObservationFigures(
      value: value,
      ci95: interval(for: observation, level: .ninetyFive),
      ci998: interval(for: observation, level: .ninetyNinePointEight))
  }

  /// The events, population and multiplier an interval is computed from; nil without them.
  ///
  /// A count is its own number of events (population 1, multiplier 1), so a count given only as
  /// a value still gets an interval.
  public func intervalInputs(_ observation: Observation) -> (x: Double, n: Double, m: Double)? {
    if type == .count {
      guard let x = observation.numerator ?? observation.value, x >= 0 else { return nil }
      return (x, 1, 1)
    }
    guard let x = observation.numerator, let n = observation.denominator, x >= 0, n > 0 else {
      return nil
    }
    if type == .proportion && x > n { return nil }
    return (x, n, multiplier)
  }

  func computedValue(_ observation: Observation) -> Double? {
    switch type {
    case .count:
      return observation.numerator
    case .proportion, .rate:
      guard let (x, n, m) = intervalInputs(observation) else { return nil }
      return x / n * m
    case .value:
      return nil
    }
  }

  /// The interval at one level. Computed methods fall back to a published interval when the
  /// counts are missing (a Fingertips export often has CIs but no counts); `none` gives none.
  public func interval(for observation: Observation, level: ConfidenceLevel) -> Interval? {
    switch ci {
    case .none:
      return nil
    case .supplied:
      return level == .ninetyFive ? Measure.suppliedInterval(observation) : nil
    case .wilson, .byars, .exactPoisson, .pheRate:
      guard let inputs = intervalInputs(observation) else {
        return level == .ninetyFive ? Measure.suppliedInterval(observation) : nil
      }
      return computedInterval(inputs, level: level)
    }
  }

  func computedInterval(_ inputs: (x: Double, n: Double, m: Double), level: ConfidenceLevel)
    -> Interval?
  {
    let (x, n, m) = inputs
    var method: IntervalMethod
    switch ci {
    case .wilson: method = .wilson
    case .byars: method = .byars
    case .exactPoisson: method = .exactPoisson
    default: method = pheRateMethod(events: x)
    }
    switch method {
    case .wilson:
      guard let (lower, upper) = wilsonInterval(numerator: x, denominator: n, z: level.z) else {
        return nil
      }
      return Interval(lower: lower * m, upper: upper * m, level: level.rawValue, method: .wilson)
    case .byars:
      guard let (lower, upper) = byarsInterval(events: x, z: level.z) else { return nil }
      return Interval(
        lower: lower.map { $0 / n * m }, upper: upper / n * m, level: level.rawValue,
        method: .byars)
    case .exactPoisson:
      guard let (lower, upper) = exactPoissonInterval(events: x, level: level) else { return nil }
      return Interval(
        lower: lower / n * m, upper: upper / n * m, level: level.rawValue, method: .exactPoisson)
    case .supplied:
      return nil
    }
  }

  /// The published 95% interval; Fingertips writes -1 for "no value", which is read as missing.
  static func suppliedInterval(_ observation: Observation) -> Interval? {
    let lower = observation.lowerCI.flatMap { $0 == -1 || !$0.isFinite ? nil : $0 }
    let upper = observation.upperCI.flatMap { $0 == -1 || !$0.isFinite ? nil : $0 }
    if lower == nil && upper == nil { return nil }
    return Interval(lower: lower, upper: upper, level: 0.95, method: .supplied)
  }
}
