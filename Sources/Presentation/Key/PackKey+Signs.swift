import Analysis
import IndicatorModel

extension PackKey {
  static let statusSigns: [Sign<TargetStatus>] =
    ([
      (
        TargetStatus.red,
        "The latest figure misses its target and is beyond the amber threshold (or misses a "
          + "target that has no amber threshold)."
      ),
      (.amber, "The latest figure misses its target but is within the amber threshold."),
      (.green, "The latest figure meets or beats its target."),
      (
        .none,
        "No status: the indicator has no target, no figure for the period, or neither higher "
          + "nor lower is better."
      ),
    ] as [(TargetStatus, String)]).map {
      Sign(value: $0.0, words: Words.targetLabel($0.0), meaning: $0.1)
    }

  static let variationSigns: [Sign<VariationIcon>] =
    ([
      (
        VariationIcon.commonCause,
        "The points vary within the process limits: no sign of real change."
      ),
      (
        .improvementHigh,
        "Special cause improvement: the latest points are unusually high, and high is good."
      ),
      (
        .improvementLow,
        "Special cause improvement: the latest points are unusually low, and low is good."
      ),
      (
        .concernHigh,
        "Special cause concern: the latest points are unusually high, and high is bad."
      ),
      (.concernLow, "Special cause concern: the latest points are unusually low, and low is bad."),
      (.neitherHigh, "Special cause, unusually high, on an indicator with no better direction."),
      (.neitherLow, "Special cause, unusually low, on an indicator with no better direction."),
    ] as [(VariationIcon, String)]).map { Sign(value: $0.0, words: $0.0.caption, meaning: $0.1) }

  static let assuranceSigns: [Sign<AssuranceIcon>] =
    ([
      (
        AssuranceIcon.pass,
        "The target lies beyond the process limits on the good side: it will be met "
          + "consistently unless the process changes."
      ),
      (
        .fail,
        "The target lies beyond the process limits on the bad side: it will be missed "
          + "consistently unless the process changes."
      ),
      (
        .hitOrMiss,
        "The target lies within the process limits: it will be met some periods and missed "
          + "others."
      ),
    ] as [(AssuranceIcon, String)]).map { Sign(value: $0.0, words: $0.0.caption, meaning: $0.1) }

  static let spcWordSigns: [Sign<String>] =
    ([
      (
        "Too few points",
        "Fewer points than the minimum for limits: no SPC reading is given, and the pack relies "
          + "on the direction of travel."
      ),
      ("No variation", "Every point is the same, so there are no limits to read."),
    ] as [(String, String)]).map { Sign(value: $0.0, words: $0.0, meaning: $0.1) }

  static let comparisonSigns: [Sign<String>] =
    ([
      (
        "better / worse",
        "The area's 95% confidence interval does not include the comparator's figure: the "
          + "difference is significant."
      ),
      ("similar", "The interval includes the comparator's figure: no significant difference."),
      (
        "higher / lower",
        "A significant difference, for an indicator where neither direction is better."
      ),
      (
        "not compared",
        "A figure or an interval is missing, so no comparison is made; the reason is given."
      ),
    ] as [(String, String)]).map { Sign(value: $0.0, words: $0.0, meaning: $0.1) }

  static let markSigns: [Sign<String>] =
    ([
      (
        "Trend",
        "A sparkline in the scorecard: the area's figures over time, the dot the latest, the "
          + "dashed red line the target."
      ),
      ("Whiskers", "The 95% confidence interval of a figure in the trend and comparison charts."),
      ("! before a title", "The indicator is an exception for the board."),
      (
        "95% interval",
        "The range in which the true figure is likely to lie (Wilson for percentages, Byar or "
          + "exact Poisson for rates and counts, or as published)."
      ),
    ] as [(String, String)]).map { Sign(value: $0.0, words: $0.0, meaning: $0.1) }
}

extension Movement {
  /// The arrow of a way: ↑ up, ↓ down, → level.
  public static func arrow(_ way: Way) -> String {
    switch way {
    case .up: "↑"
    case .down: "↓"
    case .level: "→"
    }
  }
}
