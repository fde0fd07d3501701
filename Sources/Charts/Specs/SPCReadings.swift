/// What an SPC point shows (methods.md §6.1), which sets its colour and its shape.
public enum SpecialCause: String, Hashable, Sendable, CaseIterable {
  /// Common cause variation: grey circle.
  case common
  /// Special cause improvement: blue upward triangle.
  case improvement
  /// Special cause concern: orange downward triangle.
  case concern
  /// Special cause on a no-judgement measure: purple square.
  case neutral
}

/// The variation icon (methods.md §6.1), kebab-case as in the assessment.
public enum VariationIcon: String, Hashable, Sendable, CaseIterable {
  case commonCause = "common-cause"
  case improvementHigh = "improvement-high"
  case improvementLow = "improvement-low"
  case concernHigh = "concern-high"
  case concernLow = "concern-low"
  case neitherHigh = "neither-high"
  case neitherLow = "neither-low"
}

/// The assurance icon (methods.md §6.1): can the process be relied on to meet the target?
public enum AssuranceIcon: String, Hashable, Sendable, CaseIterable {
  /// The target lies outside the limits on the good side: it will consistently be met.
  case pass
  /// The target lies outside the limits on the bad side: it will consistently be missed.
  case fail
  /// The target lies within the limits: sometimes met, sometimes not.
  case hitOrMiss = "hit-or-miss"
}
