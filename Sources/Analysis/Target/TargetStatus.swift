import IndicatorModel

/// Red, amber, green against a target, or none (methods.md §3).
public enum TargetStatus: String, CaseIterable, Sendable, Codable {
  case green, amber, red, none
}

/// The status of a value against target T with optional amber threshold A, by polarity.
/// Boundaries count as met: V = T is green, V = A is amber.
public func targetStatus(value: Double?, target: Double, amber: Double?, polarity: Polarity)
  -> TargetStatus
{
  guard let value else { return .none }
  switch polarity {
  case .higherIsBetter:
    if value >= target { return .green }
    if let amber, value >= amber { return .amber }
    return .red
  case .lowerIsBetter:
    if value <= target { return .green }
    if let amber, value <= amber { return .amber }
    return .red
  case .noJudgement:
    return .none
  }
}

/// FT `SingleValueTargetComparer` with intervals (`target.use_ci`): green when the whole
/// interval meets the target, red when the whole interval misses it, else amber.
public func targetStatus(interval: Interval, target: Double, polarity: Polarity)
  -> TargetStatus?
{
  guard let (lower, upper) = interval.bounds else { return nil }
  switch polarity {
  case .higherIsBetter:
    if lower >= target { return .green }
    return upper < target ? .red : .amber
  case .lowerIsBetter:
    if upper <= target { return .green }
    return lower > target ? .red : .amber
  case .noJudgement:
    return TargetStatus.none
  }
}

extension Target {
  /// The status of one observation against this target at its period. With `useCI` the
  /// interval decides; without an interval the value does (the rule in the pack's key).
  public func status(of figures: ObservationFigures, at period: Period, polarity: Polarity)
    -> TargetStatus
  {
    let goal = value(at: period)
    guard figures.value != nil else { return .none }
    if useCI, let interval = figures.ci95,
      let status = targetStatus(interval: interval, target: goal, polarity: polarity)
    {
      return status
    }
    return targetStatus(value: figures.value, target: goal, amber: amber, polarity: polarity)
  }
}
