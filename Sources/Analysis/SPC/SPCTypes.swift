import IndicatorModel

/// A special-cause rule that fired on a point, with its direction (schema `spcPoint.rules`).
public enum SPCRule: String, CaseIterable, Sendable, Codable {
  case outsideUpper = "outside-upper"
  case outsideLower = "outside-lower"
  case shiftAbove = "shift-above"
  case shiftBelow = "shift-below"
  case trendUp = "trend-up"
  case trendDown = "trend-down"
  case twoOfThreeAbove = "two-of-three-above"
  case twoOfThreeBelow = "two-of-three-below"

  /// Whether the rule points up (above the mean, above the limit, rising).
  public var pointsUp: Bool {
    switch self {
    case .outsideUpper, .shiftAbove, .trendUp, .twoOfThreeAbove: true
    case .outsideLower, .shiftBelow, .trendDown, .twoOfThreeBelow: false
    }
  }

  /// Precedence when one reading must be chosen (methods.md §6.2: outside > trend >
  /// two-of-three > shift); lower is stronger.
  public var precedence: Int {
    switch self {
    case .outsideUpper, .outsideLower: 0
    case .trendUp, .trendDown: 1
    case .twoOfThreeAbove, .twoOfThreeBelow: 2
    case .shiftAbove, .shiftBelow: 3
    }
  }
}

/// What a special cause means for the indicator.
public enum SpecialCause: String, CaseIterable, Sendable, Codable {
  case improvement, concern
  case neutralHigh = "neutral-high"
  case neutralLow = "neutral-low"
}

/// Whether the SPC limits could be read.
public enum SPCReading: String, CaseIterable, Sendable, Codable {
  case ok
  /// Fewer than `spc.min_points` points: no limits are reported.
  case insufficientData = "insufficient-data"
  /// A constant series: zero-width limits.
  case noVariation = "no-variation"
}

/// The Making Data Count variation icon.
public enum VariationIcon: String, CaseIterable, Sendable, Codable {
  case commonCause = "common-cause"
  case improvementHigh = "improvement-high"
  case improvementLow = "improvement-low"
  case concernHigh = "concern-high"
  case concernLow = "concern-low"
  case neitherHigh = "neither-high"
  case neitherLow = "neither-low"
}

/// The Making Data Count assurance icon.
public enum AssuranceIcon: String, CaseIterable, Sendable, Codable {
  case pass, fail
  case hitOrMiss = "hit-or-miss"
}

/// The centre line, process limits and near ("2 sigma") limits at one point.
public struct ProcessLimits: Hashable, Sendable {
  public var mean: Double
  public var lower: Double
  public var upper: Double
  public var lowerNear: Double
  public var upperNear: Double

  public init(mean: Double, lower: Double, upper: Double, lowerNear: Double, upperNear: Double) {
    self.mean = mean
    self.lower = lower
    self.upper = upper
    self.lowerNear = lowerNear
    self.upperNear = upperNear
  }

  /// Zero width: the process did not vary over the baseline.
  public var isFlat: Bool { lower == upper }
}

/// One point of the SPC chart.
public struct SPCPoint: Hashable, Sendable {
  public var period: Period
  /// The plotted value (for P/U charts numerator ÷ denominator × multiplier); nil when missing.
  public var value: Double?
  /// 0 for the first segment, +1 at each rebase.
  public var segment: Int
  /// Nil where the segment has too few points: limits are never faked.
  public var limits: ProcessLimits?
  public var specialCause: SpecialCause?
  public var rules: [SPCRule]

  public init(
    period: Period, value: Double?, segment: Int, limits: ProcessLimits?,
    specialCause: SpecialCause?, rules: [SPCRule]
  ) {
    self.period = period
    self.value = value
    self.segment = segment
    self.limits = limits
    self.specialCause = specialCause
    self.rules = rules
  }
}

/// The SPC reading of an indicator (schema `spc`).
public struct SPCResult: Hashable, Sendable {
  public var chart: SPCChart
  public var profile: SPCProfile
  public var reading: SPCReading
  public var points: [SPCPoint]
  public var variation: VariationIcon?
  public var assurance: AssuranceIcon?

  public init(
    chart: SPCChart, profile: SPCProfile, reading: SPCReading, points: [SPCPoint],
    variation: VariationIcon?, assurance: AssuranceIcon?
  ) {
    self.chart = chart
    self.profile = profile
    self.reading = reading
    self.points = points
    self.variation = variation
    self.assurance = assurance
  }

  /// The last point with a value, which the variation icon and the flags read.
  public var lastPoint: SPCPoint? { points.last { $0.value != nil } }
}
