/// What kind of number an indicator reports, which decides its confidence interval.
public enum MeasureType: String, CaseIterable, Sendable, Codable {
  /// numerator ÷ denominator × multiplier, with numerator ≤ denominator (e.g. a percentage).
  case proportion
  /// events ÷ population × multiplier (e.g. per 10,000).
  case rate
  /// a number of events.
  case count
  /// any other number, with no interval unless one is supplied.
  case value
}

/// How an observation's confidence interval is obtained (methods.md §1).
public enum CIMethod: String, CaseIterable, Sendable, Codable {
  case wilson
  case byars
  case exactPoisson = "exact-poisson"
  case pheRate = "phe-rate"
  case supplied
  case none

  /// The default method for a measure type: Wilson for proportions, the PHE rule for rates and
  /// counts, the supplied interval for anything else.
  public static func defaultMethod(for type: MeasureType) -> CIMethod {
    switch type {
    case .proportion: .wilson
    case .rate, .count: .pheRate
    case .value: .supplied
    }
  }
}

/// Which direction is good.
public enum Polarity: String, CaseIterable, Sendable, Codable {
  case higherIsBetter = "higher-is-better"
  case lowerIsBetter = "lower-is-better"
  case noJudgement = "no-judgement"
}

/// How an area is compared with a benchmark (methods.md §2).
public enum ComparisonMethod: String, CaseIterable, Sendable, Codable {
  case ciOverlap95 = "ci-overlap-95"
  case ciOverlap998 = "ci-overlap-99.8"
  case twoLevel = "two-level"
}

/// How the measure is counted and shown.
public struct Measure: Hashable, Sendable {
  public var type: MeasureType
  /// 100 for a percentage, 1,000 / 10,000 / 100,000 for rates, 1 otherwise.
  public var multiplier: Double
  /// Shown after values: "%", "per 1,000", "per 10,000", or "" for counts.
  public var unit: String
  /// Decimal places for display.
  public var decimals: Int
  public var ci: CIMethod
  /// The publisher rounds numerators and denominators to multiples of this (Fingertips rounds
  /// some counts to 5 for disclosure control), so a value computed from unrounded counts can
  /// disagree with the rounded ones by more than the value's own rounding; nil: exact counts.
  public var countsRoundedTo: Int?

  public init(
    type: MeasureType, multiplier: Double = 1, unit: String = "", decimals: Int = 1,
    ci: CIMethod? = nil
  ) {
    self.type = type
    self.multiplier = multiplier
    self.unit = unit
    self.decimals = decimals
    self.ci = ci ?? CIMethod.defaultMethod(for: type)
  }
}

/// A target and its amber threshold (methods.md §3).
public struct Target: Hashable, Sendable {
  public var value: Double
  /// Who set it, as the board knows it: "Ofsted expectation".
  public var label: String?
  /// Between `amber` and `value` is amber (direction by polarity).
  public var amber: Double?
  /// Targets that differ by period.
  public var byPeriod: [Period: Double]
  /// Judge by the 95% interval rather than the value (Fingertips `SingleValueTargetComparer`).
  public var useCI: Bool

  public init(
    value: Double, label: String? = nil, amber: Double? = nil, byPeriod: [Period: Double] = [:],
    useCI: Bool = false
  ) {
    self.value = value
    self.label = label
    self.amber = amber
    self.byPeriod = byPeriod
    self.useCI = useCI
  }

  /// The target in force for a period.
  public func value(at period: Period) -> Double { byPeriod[period] ?? value }
}

/// Which SPC chart is drawn (methods.md §6).
public enum SPCChart: String, CaseIterable, Sendable, Codable {
  case xmr
  case p
  case u
  case pPrime = "p-prime"
  case uPrime = "u-prime"
}

/// Which exact variant of the Making Data Count rules applies (methods.md §6.2).
public enum SPCProfile: String, CaseIterable, Sendable, Codable {
  case mdc
  case ptd
}

/// What a point shows when improvement and concern rules both fire on it.
public enum SPCConflict: String, CaseIterable, Sendable, Codable {
  case concern
  case improvement
}

/// Options for the SPC reading; every one has a default (design §4.2).
public struct SPCOptions: Hashable, Sendable {
  public var chart: SPCChart = .xmr
  public var profile: SPCProfile = .mdc
  /// Periods that start a new segment with new limits.
  public var rebase: [Period] = []
  /// Freeze the limits after this many points (at least 12); nil means all points.
  public var baseline: Int?
  /// Moving-range screening; nil means the profile's default (on for `ptd`).
  public var screening: Bool?
  public var minPoints: Int = 12
  public var shiftLength: Int = 7
  public var trendLength: Int = 7
  public var conflict: SPCConflict = .improvement

  public init() {}

  /// Whether moving ranges are screened, after the profile's default.
  public var screens: Bool { screening ?? (profile == .ptd) }
}

/// One measure the board follows.
public struct Indicator: Hashable, Sendable, Identifiable {
  public var id: String
  public var title: String
  /// The id of a theme in pack.yaml.
  public var theme: String
  public var description: String?
  public var measure: Measure
  public var polarity: Polarity
  /// False while the definition says `polarity: unset` (a new indicator from `boardpack
  /// import`): the indicator is then read as no-judgement until the officer sets it.
  public var polarityIsSet: Bool
  public var periodicity: Periodicity
  public var target: Target?
  public var spc: SPCOptions
  public var comparison: ComparisonMethod
  /// Service responsible.
  public var owner: String?
  /// Named lead officer.
  public var lead: String?
  /// Where the data comes from; illustrative series say so here.
  public var source: String?
  /// Draw the y axis from zero; nil means the default (zero for counts and proportions).
  public var yFromZero: Bool?
  /// Rules that make this indicator an exception; nil means the pack's `rules.exceptions`.
  public var exceptions: [RuleID]?
  /// When its figures are published; nil means as soon as each period ends (the council's own
  /// figures).
  public var published: Publication?
  /// Where the definition was read from.
  public var location: SourceLocation?

  public init(
    id: String, title: String, theme: String, description: String? = nil, measure: Measure,
    polarity: Polarity, periodicity: Periodicity, target: Target? = nil,
    spc: SPCOptions = SPCOptions(), comparison: ComparisonMethod = .ciOverlap95,
    owner: String? = nil, lead: String? = nil, source: String? = nil, yFromZero: Bool? = nil,
    exceptions: [RuleID]? = nil, location: SourceLocation? = nil, polarityIsSet: Bool = true
  ) {
    self.id = id
    self.title = title
    self.theme = theme
    self.description = description
    self.measure = measure
    self.polarity = polarity
    self.polarityIsSet = polarityIsSet
    self.periodicity = periodicity
    self.target = target
    self.spc = spc
    self.comparison = comparison
    self.owner = owner
    self.lead = lead
    self.source = source
    self.yFromZero = yFromZero
    self.exceptions = exceptions
    self.location = location
  }
}
