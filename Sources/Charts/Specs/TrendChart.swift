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
    public var upper: Double?
    /// Drawn hollow with a footnote.
    public var provisional: Bool

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

  public var title: String
  /// The area's name, for the legend: "Stockport".
  public var areaName: String
  /// The value axis title with its unit: "Children registered (%)".
  public var valueAxisTitle: String
  /// The period axis title: "Financial quarter".
  public var periodAxisTitle: String
  public var format: ValueFormat
  public var points: [Point]
  public var target: ReferenceLine?
  public var amber: ReferenceLine?
  public var comparators: [ComparatorSeries]
  /// Start the value axis at zero (counts and proportions by default, design §6.1).
  public var yFromZero: Bool
  /// Footnotes shown under the chart (data notes, source).
  public var notes: [String]

  public init(
    title: String, areaName: String, valueAxisTitle: String, periodAxisTitle: String,
    format: ValueFormat, points: [Point], target: ReferenceLine? = nil,
    amber: ReferenceLine? = nil, comparators: [ComparatorSeries] = [], yFromZero: Bool = true,
    notes: [String] = []
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
  }
}
