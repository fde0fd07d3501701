import IndicatorModel

/// A change between two periods (methods.md §4), kebab-case as in the schema.
public enum Direction: String, CaseIterable, Sendable, Codable {
  case improved, worsened
  case noChange = "no-change"
  case noSignificantChange = "no-significant-change"
  case increased, decreased
}

/// FT `DoubleOverlappingCIsComparer`: two intervals overlap iff the lower value's upper limit is
/// at least the higher value's lower limit. Nil when either interval lacks a bound.
public func intervalsOverlap(
  _ a: (value: Double, interval: Interval), _ b: (value: Double, interval: Interval)
) -> Bool? {
  guard let boundsA = a.interval.bounds, let boundsB = b.interval.bounds else { return nil }
  let (low, high) = a.value <= b.value ? (boundsA, boundsB) : (boundsB, boundsA)
  return low.upper >= high.lower
}

/// The direction from an earlier figure to a later one, by polarity; nil when either value is
/// missing. Where both have 95% intervals and they overlap, the change is not significant.
public func direction(
  from earlier: ObservationFigures, to later: ObservationFigures, polarity: Polarity
) -> Direction? {
  guard let before = earlier.value, let after = later.value else { return nil }
  if after == before { return .noChange }
  if let a = earlier.ci95, let b = later.ci95,
    intervalsOverlap((before, a), (after, b)) == true
  {
    return .noSignificantChange
  }
  let up = after > before
  switch polarity {
  case .higherIsBetter: return up ? .improved : .worsened
  case .lowerIsBetter: return up ? .worsened : .improved
  case .noJudgement: return up ? .increased : .decreased
  }
}
