import IndicatorModel

/// A comparator area's figure beside the area's at the reporting period.
public struct ComparatorReading: Hashable, Sendable {
  public var comparator: ComparatorArea
  public var value: Double?
  public var comparison: BenchmarkComparison
}

/// Everything the rules read about one indicator; the rules are pure functions of this.
public struct IndicatorReadings: Sendable {
  public var indicator: Indicator
  /// The pack's own area.
  public var area: Area
  /// The indicator's reporting period.
  public var period: Period?
  /// The area's observation at the reporting period (its value may be missing).
  public var latest: ObservationAssessment?
  /// The area's latest observation with a value at or before the reporting period.
  public var latestWithData: ObservationAssessment?
  /// The area's first period with a value after the reporting period (a series that starts
  /// later than the pack).
  public var firstAfter: Period?
  public var target: TargetAssessment?
  public var direction: DirectionAssessment
  /// The area's figure a year earlier, for the year-ago message.
  public var yearAgo: ObservationAssessment?
  /// The area's figure five years earlier (Fingertips' longer look-back), for the direction
  /// messages; nil for dated series or when there is none.
  public var fiveYearsAgo: ObservationAssessment?
  public var spc: SPCResult?
  /// Comparator areas that have a value at the reporting period, in pack order.
  public var comparators: [ComparatorReading]
  public var groups: [(group: ComparatorGroup, standing: GroupStanding)]
  public var trend: RecentTrend?
  /// Periods in a row that raise `worsening-streak` (pack.yaml `rules.worsening_streak`).
  public var worseningStreakThreshold: Int
  /// Actions carried from earlier meetings of the same board.
  public var actions: [CarriedAction] = []

  /// The value at the reporting period, when there is one.
  public var value: Double? { latest?.value }
  /// The measure, for display.
  public var measure: Measure { indicator.measure }
}
