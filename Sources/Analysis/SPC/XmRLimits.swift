/// XmR constants (Wheeler; NHS Making Data Count).
public enum XmRConstants {
  /// Process limits are mean ± 2.66 × average moving range.
  public static let limitFactor = 2.66
  /// Moving ranges at or above 3.267 × AMR are screened out (the upper range limit).
  public static let screeningFactor = 3.267
}

/// The moving ranges |yⱼ − yⱼ₋₁| of adjacent non-missing values; a missing value breaks the
/// chain, so no range spans it.
public func movingRanges(_ values: [Double?]) -> [Double] {
  var ranges: [Double] = []
  var previous: Double? = nil
  for value in values {
    if let value, let previous { ranges.append(abs(value - previous)) }
    previous = value
  }
  return ranges
}

/// The average moving range, optionally screened: ranges ≥ 3.267 × AMR are dropped and the
/// average recomputed once (methods.md §6.1). Nil without any range.
public func averageMovingRange(_ values: [Double?], screening: Bool) -> Double? {
  let ranges = movingRanges(values)
  guard !ranges.isEmpty else { return nil }
  let amr = ranges.reduce(0, +) / Double(ranges.count)
  // With AMR = 0 every range equals the cut-off; screening would drop them all.
  guard screening, amr > 0 else { return amr }
  let kept = ranges.filter { $0 < XmRConstants.screeningFactor * amr }
  return kept.isEmpty ? amr : kept.reduce(0, +) / Double(kept.count)
}

/// XmR limits over baseline values (missing values allowed); nil without two adjacent points.
public func xmrLimits(baseline: [Double?], screening: Bool) -> ProcessLimits? {
  let present = baseline.compactMap { $0 }
  guard !present.isEmpty,
    let amr = averageMovingRange(baseline, screening: screening)
  else { return nil }
  let mean = present.reduce(0, +) / Double(present.count)
  let width = XmRConstants.limitFactor * amr
  return ProcessLimits(
    mean: mean, lower: mean - width, upper: mean + width, lowerNear: mean - width * 2 / 3,
    upperNear: mean + width * 2 / 3)
}
