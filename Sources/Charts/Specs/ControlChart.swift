/// The SPC chart in the NHS *Making Data Count* style: values, mean, process limits, special
/// causes, target, and the variation and assurance icons.
///
/// Called `ControlChart` because `SPCChart` in IndicatorModel already names the chart type
/// (XmR, p, u …).
public struct ControlChart: Chart {
  /// One point with the limits of its segment, all computed by the analysis.
  public struct Point: Hashable, Sendable {
    public var label: String
    /// nil draws a gap.
    public var value: Double?
    /// Segment number; a new number starts new limits (rebasing).
    public var segment: Int
    public var mean: Double?
    public var lowerLimit: Double?
    public var upperLimit: Double?
    public var lowerNear: Double?
    public var upperNear: Double?
    public var cause: SpecialCause

    public init(
      label: String, value: Double?, segment: Int = 0, mean: Double? = nil,
      lowerLimit: Double? = nil, upperLimit: Double? = nil, lowerNear: Double? = nil,
      upperNear: Double? = nil, cause: SpecialCause = .common
    ) {
      self.label = label
      self.value = value
      self.segment = segment
      self.mean = mean
      self.lowerLimit = lowerLimit
      self.upperLimit = upperLimit
      self.lowerNear = lowerNear
      self.upperNear = upperNear
      self.cause = cause
    }
  }

  public var title: String
  public var valueAxisTitle: String
  public var periodAxisTitle: String
  public var format: ValueFormat
  public var points: [Point]
  public var target: ReferenceLine?
  public var variation: VariationIcon?
  public var assurance: AssuranceIcon?
  /// When set, the reading is "insufficient data": no mean, limits or icons are drawn, whatever
  /// the spec holds, and this note says why ("8 points; 12 are needed for process limits.").
  public var insufficientDataNote: String?
  public var yFromZero: Bool
  public var notes: [String]

  public init(
    title: String, valueAxisTitle: String, periodAxisTitle: String, format: ValueFormat,
    points: [Point], target: ReferenceLine? = nil, variation: VariationIcon? = nil,
    assurance: AssuranceIcon? = nil, insufficientDataNote: String? = nil,
    yFromZero: Bool = false, notes: [String] = []
  ) {
    self.title = title
    self.valueAxisTitle = valueAxisTitle
    self.periodAxisTitle = periodAxisTitle
    self.format = format
    self.points = points
    self.target = target
    self.variation = variation
    self.assurance = assurance
    self.insufficientDataNote = insufficientDataNote
    self.yFromZero = yFromZero
    self.notes = notes
  }

  /// Whether limits are drawn.
  public var showsLimits: Bool { insufficientDataNote == nil }
}
