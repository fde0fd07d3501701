import Analysis
import IndicatorModel

extension Words {
  /// What an exception rule means, in a sentence for the pack's key (the dashboard's and the
  /// PDF's, so both say the same); `worseningStreak` is pack.yaml's `rules.worsening_streak`.
  public static func rule(_ rule: RuleID, worseningStreak: Int) -> String {
    switch rule {
    case .targetRed: "The latest figure is red against its target."
    case .targetAmber: "The latest figure is amber: near its target but not meeting it."
    case .targetGreen: "The latest figure meets its target."
    case .spcConcern: "The SPC chart shows special cause variation of concern at the latest point."
    case .spcImprovement: "The SPC chart shows special cause improvement at the latest point."
    case .assuranceFail:
      "The process limits say the target will consistently be missed unless something changes."
    case .assurancePass: "The process limits say the target will consistently be met."
    case .worseThanEngland: "The figure is significantly worse than England's."
    case .betterThanEngland: "The figure is significantly better than England's."
    case .worseThanComparator:
      "The figure is significantly worse than the region's or a named comparator area's."
    case .betterThanComparator:
      "The figure is significantly better than the region's or a named comparator area's."
    case .bottomQuartile: "The area is in the worst quarter of a comparator group."
    case .groupRank: "The area's rank in a comparator group, and the group's average."
    case .worseningStreak: "The figure has got worse \(worseningStreak) periods in a row."
    case .worseThanYearAgo: "The figure is worse than a year earlier."
    case .betterThanYearAgo: "The figure is better than a year earlier."
    case .trendGettingWorse: "The recent trend test says the figure is getting worse."
    case .trendGettingBetter: "The recent trend test says the figure is getting better."
    case .missingData: "There is no figure for the reporting period."
    case .notCompared: "A comparison could not be made, and why."
    case .provisional: "The latest figure is provisional and may be revised."
    case .actionOverdue: "An action from an earlier meeting fell due and is not done."
    }
  }
}

extension Words {
  /// How direction of travel is read, for every output's key.
  public static let directionRule =
    "Direction of travel compares the latest figure with the previous period and with the "
    + "same period a year earlier. The arrow shows which way the figure moved: up, down or "
    + "level. The word beside it says what that means for the measure."

  /// Every direction sign with its meaning, for every output's key.
  public static let movementKey: [(way: Movement.Way, meaning: Movement.Meaning, text: String)] =
    [
      (.up, .better, "the figure rose, and higher is better."),
      (.down, .better, "the figure fell, and lower is better."),
      (.up, .worse, "the figure rose, and lower is better."),
      (.down, .worse, "the figure fell, and higher is better."),
      (
        .up, .notSignificant,
        "the figure moved (up or down), but the 95% confidence intervals of the two figures "
          + "overlap, so the change may be chance."
      ),
      (
        .down, .notJudged, "the figure moved on a measure where neither higher nor lower is better."
      ),
      (.level, .noChange, "exactly the same figure."),
    ]
}
