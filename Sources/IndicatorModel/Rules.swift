/// The rules that turn readings into flags. Their ids are what `rules.exceptions` in pack.yaml
/// (and `exceptions` in an indicator) name.
public enum RuleID: String, CaseIterable, Sendable, Codable {
  /// Red against target.
  case targetRed = "target-red"
  case targetAmber = "target-amber"
  case targetGreen = "target-green"
  /// An SPC special cause of concern at the latest point.
  case spcConcern = "spc-concern"
  case spcImprovement = "spc-improvement"
  /// The process limits say the target will consistently not be met.
  case assuranceFail = "assurance-fail"
  case assurancePass = "assurance-pass"
  /// Significantly worse or better than England.
  case worseThanEngland = "worse-than-england"
  case betterThanEngland = "better-than-england"
  /// Significantly worse than the region or a named comparator area.
  case worseThanComparator = "worse-than-comparator"
  /// Significantly better than the region or a named comparator area.
  case betterThanComparator = "better-than-comparator"
  /// In the worst quartile of a comparator group.
  case bottomQuartile = "bottom-quartile"
  /// The area's place in a comparator group (rank and group mean), when it is not already a
  /// bottom-quartile flag; information only.
  case groupRank = "group-rank"
  /// Worse than the period before for several periods in a row.
  case worseningStreak = "worsening-streak"
  /// Worse than the same period a year earlier.
  case worseThanYearAgo = "worse-than-year-ago"
  /// Better than the same period a year earlier.
  case betterThanYearAgo = "better-than-year-ago"
  /// The Fingertips recent-trend test.
  case trendGettingWorse = "trend-getting-worse"
  case trendGettingBetter = "trend-getting-better"
  /// No figure for the reporting period.
  case missingData = "missing-data"
  /// A comparison that could not be made, and why.
  case notCompared = "not-compared"
  /// The latest figure is provisional.
  case provisional = "provisional"
  /// An action from an earlier meeting is past due and not closed.
  case actionOverdue = "action-overdue"
}

/// The rules engine's settings from pack.yaml `rules:`; every key has a default.
public struct RulesConfig: Hashable, Sendable {
  /// Which rules make an indicator an exception for the board (design §5.6 defaults).
  public var exceptions: [RuleID] = RulesConfig.defaultExceptions
  /// How many consecutive worsening periods raise `worsening-streak`.
  public var worseningStreak: Int = 3

  public static let defaultExceptions: [RuleID] = [
    .targetRed, .spcConcern, .assuranceFail, .worseThanEngland, .worseningStreak, .missingData,
  ]

  public init() {}
}
