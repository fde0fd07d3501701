import Analysis

extension VariationIcon {
  /// What the icon says, in words a board member reads: the one label every output, chart,
  /// caption and text alternative uses for it.
  public var caption: String {
    switch self {
    case .commonCause: "Common cause: no significant change"
    case .improvementHigh: "Improvement: unusually high"
    case .improvementLow: "Improvement: unusually low"
    case .concernHigh: "Concern: unusually high"
    case .concernLow: "Concern: unusually low"
    case .neitherHigh: "Special cause: unusually high"
    case .neitherLow: "Special cause: unusually low"
    }
  }
}

extension AssuranceIcon {
  /// What the icon says, in words a board member reads.
  public var caption: String {
    switch self {
    case .pass: "Target consistently met"
    case .fail: "Target consistently missed"
    case .hitOrMiss: "Target may or may not be met"
    }
  }
}
