import Analysis

/// The SPC chart in the NHS *Making Data Count* style: values, mean, process limits, special
/// causes, target, and the variation and assurance icons.
///
/// Called `ControlChart` because `SPCChart` in IndicatorModel already names the chart type
/// (XmR, p, u …).
public struct ControlChart: Chart {
  /// One point with the limits of its segment, all computed by the analysis.
  public struct Point: Hashable, Sendable {
    /// The period as the board writes it: "2013/14 Q4".
    public var label: String
    /// nil draws a gap.
    public var value: Double?
    /// Segment number; a new number starts new limits (rebasing).
    public var segment: Int
    /// The segment mean at this point.
    public var mean: Double?
    /// Lower process limit.
    public var lowerLimit: Double?
    /// Upper process limit.
    public var upperLimit: Double?
    /// Lower near ("2 sigma") limit.
    public var lowerNear: Double?
    /// Upper near ("2 sigma") limit.
    public var upperNear: Double?
    /// The point's reading: sets colour and shape.
    public var cause: Cause

    /// Creates a value from its fields.
    public init(
      label: String, value: Double?, segment: Int = 0, mean: Double? = nil,
      lowerLimit: Double? = nil, upperLimit: Double? = nil, lowerNear: Double? = nil,
      upperNear: Double? = nil, cause: Cause = .common
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

  /// The heading; wrapped and, if need be, cut with an ellipsis to fit.
  public var title: String
  /// The value axis title with its unit: "Children registered (%)".
  public var valueAxisTitle: String
  /// The period axis title: "Financial quarter".
  public var periodAxisTitle: String
  /// Periods in a year (4 for quarters, 12 for months; 1 otherwise): period labels are thinned
  /// in steps that keep them on the same quarter or month of each year.
  public var labelCycle: Int = 1
  /// Decimal places and unit for values.
  public var format: ValueFormat
  /// The periods in order, oldest first.
  public var points: [Point]
  /// The target line, if any.
  public var target: ReferenceLine?
  /// The variation icon, if the analysis gave one.
  public var variation: VariationIcon?
  /// The assurance icon (needs a target), if the analysis gave one.
  public var assurance: AssuranceIcon?
  /// When set, the reading is "insufficient data": no mean, limits or icons are drawn, whatever
  /// the spec holds, and this note says why ("8 points; 12 are needed for process limits.").
  public var insufficientDataNote: String?
  /// Start the value axis at zero.
  public var yFromZero: Bool
  /// Footnotes shown under the chart (data notes, source).
  public var notes: [String]
  /// Sentences from the assessment added to the text alternative (target status, direction
  /// of travel, SPC reading, comparison with England); nil when the spec was built by hand.
  public var reading: String?

  /// Creates a value from its fields.
  public init(
    title: String, valueAxisTitle: String, periodAxisTitle: String, format: ValueFormat,
    points: [Point], target: ReferenceLine? = nil, variation: VariationIcon? = nil,
    assurance: AssuranceIcon? = nil, insufficientDataNote: String? = nil,
    yFromZero: Bool = false, notes: [String] = [], reading: String? = nil
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
    self.reading = reading
  }

  /// Whether limits are drawn.
  public var showsLimits: Bool { insufficientDataNote == nil }
}
