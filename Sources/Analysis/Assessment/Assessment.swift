import IndicatorModel

/// The rules engine's output for a whole pack (assessment.schema.json, schema_version 1).
public struct Assessment: Hashable, Sendable {
  /// Always 1; bumped only when a field is renamed or removed.
  public var schemaVersion: Int = 1
  /// The boardpack version that made it.
  public var generatorVersion: String
  public var packID: String
  public var packTitle: String
  /// The pack's own area code.
  public var area: String
  /// The pack's reporting period; nil when neither the pack nor the data names one.
  public var period: Period?
  public var summary: AssessmentSummary
  /// In theme order, then in the pack's order of indicators.
  public var indicators: [IndicatorAssessment]
  /// What changed since the last pack; nil when no comparison was asked for (`Assessor` leaves
  /// it so: finding the last pack is the build's, `assess`'s and `email`'s business).
  public var changes: PackChanges?

  public init(
    generatorVersion: String, packID: String, packTitle: String, area: String, period: Period?,
    summary: AssessmentSummary, indicators: [IndicatorAssessment]
  ) {
    self.generatorVersion = generatorVersion
    self.packID = packID
    self.packTitle = packTitle
    self.area = area
    self.period = period
    self.summary = summary
    self.indicators = indicators
  }

  /// The indicators that need the board's attention: concern before watch, then theme order.
  public var exceptions: [IndicatorAssessment] {
    indicators.enumerated()
      .filter { $0.element.exception }
      .sorted { a, b in
        let ra = a.element.exceptionSeverity?.rank ?? Int.max
        let rb = b.element.exceptionSeverity?.rank ?? Int.max
        return ra != rb ? ra < rb : a.offset < b.offset
      }
      .map(\.element)
  }
}

/// Counts for the headline.
public struct AssessmentSummary: Hashable, Sendable {
  public var indicators: Int
  public var exceptions: Int
  /// Indicators by target status at their reporting period; every status is present. `none`
  /// counts indicators without a target.
  public var targetStatus: [TargetStatus: Int]
  /// Indicators with a target but no figure to judge against it at their reporting period:
  /// never counted as "without a target".
  public var noFigure: Int

  public init(
    indicators: Int, exceptions: Int, targetStatus: [TargetStatus: Int], noFigure: Int = 0
  ) {
    self.indicators = indicators
    self.exceptions = exceptions
    self.targetStatus = targetStatus
    self.noFigure = noFigure
  }

  /// The counts for a set of assessed indicators (the pack, or one partner's).
  public init(counting items: [IndicatorAssessment]) {
    var counts: [TargetStatus: Int] = [:]
    for status in TargetStatus.allCases { counts[status] = 0 }
    var noFigure = 0
    for item in items {
      if let target = item.target, target.status == .none {
        noFigure += 1
      } else {
        counts[item.target?.status ?? .none, default: 0] += 1
      }
    }
    self.init(
      indicators: items.count, exceptions: items.filter(\.exception).count, targetStatus: counts,
      noFigure: noFigure)
  }
}

/// A figure not yet published: its period and the day it is due (schema `next_release`).
public struct Release: Hashable, Sendable {
  public var period: Period
  public var due: CalendarDate

  public init(period: Period, due: CalendarDate) {
    self.period = period
    self.due = due
  }
}

/// Everything the engine read about one indicator (schema `indicator`).
public struct IndicatorAssessment: Hashable, Sendable {
  public var id: String
  public var title: String
  public var theme: String
  public var polarity: Polarity
  /// The indicator's reporting period: the latest of its periodicity ending by the pack's; nil
  /// only when neither the pack nor the data names any period.
  public var period: Period?
  /// Every observation at or before the reporting period, every area, oldest first.
  public var observations: [ObservationAssessment]
  public var target: TargetAssessment?
  public var direction: DirectionAssessment
  public var spc: SPCResult?
  public var benchmarks: [BenchmarkAssessment]
  /// Each area with a figure at the reporting period against England (see `AreaComparison`).
  public var areaComparisons: [AreaComparison]
  public var groups: [GroupAssessment]
  public var trend: RecentTrend?
  /// Most severe first.
  public var flags: [Flag]
  public var exception: Bool
  /// The flags that made it an exception (not in the JSON; the `exceptions` command lists them).
  public var exceptionFlags: [Flag]
  /// The next figure, when the indicator says when its figures are published and the next one
  /// is not out by the pack's as-at date.
  public var nextRelease: Release?
  /// Actions from earlier meetings still on the board's list (not the reporting period's own).
  public var actions: [CarriedAction] = []

  public init(
    id: String, title: String, theme: String, polarity: Polarity, period: Period?,
    observations: [ObservationAssessment], target: TargetAssessment?,
    direction: DirectionAssessment, spc: SPCResult?, benchmarks: [BenchmarkAssessment],
    areaComparisons: [AreaComparison] = [], groups: [GroupAssessment], trend: RecentTrend?,
    flags: [Flag], exceptionFlags: [Flag]
  ) {
    self.id = id
    self.title = title
    self.theme = theme
    self.polarity = polarity
    self.period = period
    self.observations = observations
    self.target = target
    self.direction = direction
    self.spc = spc
    self.benchmarks = benchmarks
    self.areaComparisons = areaComparisons
    self.groups = groups
    self.trend = trend
    self.flags = flags
    self.exceptionFlags = exceptionFlags
    self.exception = !exceptionFlags.isEmpty
  }

  /// The most severe flag that made this an exception.
  public var exceptionSeverity: Severity? {
    exceptionFlags.map(\.severity).min { $0.rank < $1.rank }
  }

  /// The comparison with England of one area at the reporting period, when it has a figure.
  public func comparison(ofArea code: String) -> AreaComparison? {
    areaComparisons.first { $0.area == code }
  }

  /// One area's observations, oldest first.
  public func series(area: String) -> [ObservationAssessment] {
    observations.filter { $0.area == area }
  }
}

/// One observation with its computed value and intervals (schema `observation`).
public struct ObservationAssessment: Hashable, Sendable {
  public var period: Period
  public var area: String
  public var value: Double?
  public var numerator: Double?
  public var denominator: Double?
  public var ci: Interval?
  public var ci998: Interval?
  public var status: ObservationStatus?
  public var note: String?

  public init(
    period: Period, area: String, value: Double?, numerator: Double?, denominator: Double?,
    ci: Interval?, ci998: Interval?, status: ObservationStatus?, note: String?
  ) {
    self.period = period
    self.area = area
    self.value = value
    self.numerator = numerator
    self.denominator = denominator
    self.ci = ci
    self.ci998 = ci998
    self.status = status
    self.note = note
  }

  /// The value and intervals as the statistics take them.
  public var figures: ObservationFigures {
    ObservationFigures(value: value, ci95: ci, ci998: ci998)
  }
}

/// The target reading at the reporting period (schema `target`).
public struct TargetAssessment: Hashable, Sendable {
  /// The target in force at the reporting period.
  public var value: Double
  public var amber: Double?
  public var status: TargetStatus
  /// V − T in the measure's unit; nil without a value.
  public var gap: Double?
  /// Consecutive periods, ending at the reporting period, that were not green.
  public var periodsOffTarget: Int
  /// Who set it ("Ofsted expectation"); not in the JSON.
  public var label: String?

  public init(
    value: Double, amber: Double?, status: TargetStatus, gap: Double?, periodsOffTarget: Int,
    label: String? = nil
  ) {
    self.value = value
    self.amber = amber
    self.status = status
    self.gap = gap
    self.periodsOffTarget = periodsOffTarget
    self.label = label
  }
}

/// Direction of travel at the reporting period (schema `direction`).
public struct DirectionAssessment: Hashable, Sendable {
  public var previous: Direction?
  public var yearAgo: Direction?
  /// Consecutive periods, ending at the reporting period, each worse than the one before.
  public var worseningStreak: Int
  /// The movements behind `previous` and `yearAgo`, with their numbers and periods, for the
  /// words every output shows (not in `assessment.json`, whose schema has the directions).
  public var previousMovement: Movement?
  public var yearAgoMovement: Movement?

  public init(
    previous: Direction?, yearAgo: Direction?, worseningStreak: Int,
    previousMovement: Movement? = nil, yearAgoMovement: Movement? = nil
  ) {
    self.previous = previous
    self.yearAgo = yearAgo
    self.worseningStreak = worseningStreak
    self.previousMovement = previousMovement
    self.yearAgoMovement = yearAgoMovement
  }

  /// The movement a reader is told about: over the year where there is a figure a year
  /// earlier, else since the period before.
  public var headlineMovement: Movement? { yearAgoMovement ?? previousMovement }
}

/// Why a benchmark is `not-compared` (schema `benchmarks[].reason`).
public enum NotComparedReason: String, CaseIterable, Sendable, Codable {
  /// The comparator has no figure for the period.
  case noComparatorFigure = "no-comparator-figure"
  /// The area has no figure for the period.
  case noAreaFigure = "no-area-figure"
  /// A figure has no interval to compare by (a rate published without counts).
  case noInterval = "no-interval"
}

/// The area against one comparator area in one period (schema `benchmarks[]`).
public struct BenchmarkAssessment: Hashable, Sendable {
  /// The comparator's area code.
  public var comparator: String
  public var period: Period
  /// The comparator's value.
  public var value: Double?
  public var comparison: BenchmarkComparison
  public var method: ComparisonMethod
  /// Why no comparison was made (`not-compared`), or nil.
  public var reason: NotComparedReason?

  public init(
    comparator: String, period: Period, value: Double?, comparison: BenchmarkComparison,
    method: ComparisonMethod, reason: NotComparedReason? = nil
  ) {
    self.reason = reason
    self.comparator = comparator
    self.period = period
    self.value = value
    self.comparison = comparison
    self.method = method
  }
}

/// The area in a comparator group at the reporting period (schema `groups[]`).
public struct GroupAssessment: Hashable, Sendable {
  /// The group id.
  public var group: String
  public var standing: GroupStanding

  public init(group: String, standing: GroupStanding) {
    self.group = group
    self.standing = standing
  }
}
