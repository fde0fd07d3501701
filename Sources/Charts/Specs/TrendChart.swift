/// The area's value over time with 95% confidence intervals, target and comparators.
public struct TrendChart: Chart {
  /// One period's figure for the area.
  public struct Point: Hashable, Sendable {
    /// The period as the board writes it: "2013/14 Q4".
    public var label: String
    /// nil draws a gap.
    public var value: Double?
    /// The 95% interval, when there is one.
    public var lower: Double?
    /// Upper end of the 95% interval, when there is one.
    public var upper: Double?
    /// Drawn hollow with a footnote.
    public var provisional: Bool

    /// Creates a value from its fields.
    public init(
      label: String, value: Double?, lower: Double? = nil, upper: Double? = nil,
      provisional: Bool = false
    ) {
      self.label = label
      self.value = value
      self.lower = lower
      self.upper = upper
      self.provisional = provisional
    }
  }

  /// The heading; wrapped and, if need be, cut with an ellipsis to fit.
  public var title: String
  /// The area's name, for the legend: "Stockport".
  public var areaName: String
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
  /// The amber threshold line, if any.
  public var amber: ReferenceLine?
  /// Benchmark lines, drawn dashed.
  public var comparators: [ComparatorSeries]
  /// Start the value axis at zero (counts and proportions by default, design §6.1).
  public var yFromZero: Bool
  /// Footnotes shown under the chart (data notes, source).
  public var notes: [String]
  /// Sentences from the assessment added to the text alternative (target status, direction
  /// of travel, SPC reading, comparison with England); nil when the spec was built by hand.
  public var reading: String?

  /// Creates a value from its fields.
  public init(
    title: String, areaName: String, valueAxisTitle: String, periodAxisTitle: String,
    format: ValueFormat, points: [Point], target: ReferenceLine? = nil,
    amber: ReferenceLine? = nil, comparators: [ComparatorSeries] = [], yFromZero: Bool = true,
    notes: [String] = [], reading: String? = nil
  ) {
    self.title = title
    self.areaName = areaName
    self.valueAxisTitle = valueAxisTitle
    self.periodAxisTitle = periodAxisTitle
    self.format = format
    self.points = points
    self.target = target
    self.amber = amber
    self.comparators = comparators
    self.yFromZero = yFromZero
    self.notes = notes
    self.reading = reading
  }
}
