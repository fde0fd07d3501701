import Analysis

/// Horizontal bars comparing the area with England, the region, named areas and each
/// statistical neighbour, with 95% intervals, the area highlighted, each area's bar coloured by
/// its comparison with England as Fingertips colours them.
public struct CompareChart: Chart {
  /// The role of a bar, which decides its colour and emphasis.
  public enum Role: String, Hashable, Sendable {
    /// The pack's own area: highlighted.
    case area
    case national
    case region
    case groupMean = "group-mean"
    case named
    /// A member of a comparator group.
    case neighbour
  }

  /// One area's figure.
  public struct Bar: Hashable, Sendable {
    /// The area as the board knows it: "Stockport", "England".
    public var name: String
    /// The part the area plays; sets colour and emphasis.
    public var role: Role
    /// nil shows "–" and no bar.
    public var value: Double?
    /// Lower end of the 95% interval, when there is one.
    public var lower: Double?
    /// Upper end of the 95% interval, when there is one.
    public var upper: Double?
    /// The area's comparison with England, made by the analysis, which colours the bar; nil
    /// for England itself, a group mean, or a chart built without comparisons (the bar then
    /// takes its role's colour).
    public var comparison: BenchmarkComparison?

    /// Creates a value from its fields.
    public init(
      name: String, role: Role, value: Double?, lower: Double? = nil, upper: Double? = nil,
      comparison: BenchmarkComparison? = nil
    ) {
      self.name = name
      self.role = role
      self.value = value
      self.lower = lower
      self.upper = upper
      self.comparison = comparison
    }
  }

  /// The order the bars are listed in.
  public enum Order: String, Hashable, Sendable {
    /// Largest value first; missing values last.
    case descending
    /// Smallest value first; missing values last.
    case ascending
    /// As given.
    case given
  }

  /// The heading; wrapped and, if need be, cut with an ellipsis to fit.
  public var title: String
  /// The period compared: "2013/14".
  public var periodLabel: String
  /// The value axis title with its unit: "Children registered (%)".
  public var valueAxisTitle: String
  /// Decimal places and unit for values.
  public var format: ValueFormat
  /// The areas compared, in any order.
  public var bars: [Bar]
  /// The order bars are listed in.
  public var order: Order
  /// Footnotes shown under the chart (data notes, source).
  public var notes: [String]
  /// Sentences from the assessment added to the text alternative (target status, direction
  /// of travel, SPC reading, comparison with England); nil when the spec was built by hand.
  public var reading: String?
  /// What the bars are compared with, for the legend's heading: "England".
  public var comparedWith: String
  /// The comparisons the legend lists, whether or not a bar shows them (`Words.comparisonLegend`);
  /// empty when no bar carries a comparison.
  public var legendComparisons: [BenchmarkComparison]

  /// Creates a value from its fields.
  public init(
    title: String, periodLabel: String, valueAxisTitle: String, format: ValueFormat,
    bars: [Bar], order: Order = .descending, notes: [String] = [], reading: String? = nil,
    comparedWith: String = "England", legendComparisons: [BenchmarkComparison] = []
  ) {
    self.title = title
    self.periodLabel = periodLabel
    self.valueAxisTitle = valueAxisTitle
    self.format = format
    self.bars = bars
    self.order = order
    self.notes = notes
    self.reading = reading
    self.comparedWith = comparedWith
    self.legendComparisons = legendComparisons
  }

  /// The bars in drawing order, top first.
  public var sortedBars: [Bar] {
    switch order {
    case .given: return bars
    case .descending, .ascending:
      let present = bars.filter { $0.value != nil }
      let missing = bars.filter { $0.value == nil }
      // A stable sort keeps ties in the given order, so output does not depend on the sort.
      let sorted = present.enumerated().sorted { a, b in
        let (x, y) = (a.element.value!, b.element.value!)
        if x != y { return order == .descending ? x > y : x < y }
        return a.offset < b.offset
      }.map(\.element)
      return sorted + missing
    }
  }
}
