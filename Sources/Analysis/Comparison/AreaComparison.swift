import IndicatorModel

/// One area's figure against the national comparator's (England's) at the reporting period, by
/// the indicator's comparison method, as Fingertips colours each area of its bar charts (schema
/// `area_comparisons[]`). The pack's own area, each other comparator area and each comparator
/// group member with a figure has one, so the charts colour every bar from the analysis and
/// compute nothing themselves.
public struct AreaComparison: Hashable, Sendable {
  /// The area's code.
  public var area: String
  /// The area's figure at the reporting period.
  public var value: Double?
  /// Better, similar, worse (or higher, lower) than England; not compared without an interval
  /// or a national figure.
  public var comparison: BenchmarkComparison
  public var method: ComparisonMethod

  /// Creates a value from its fields.
  public init(
    area: String, value: Double?, comparison: BenchmarkComparison, method: ComparisonMethod
  ) {
    self.area = area
    self.value = value
    self.comparison = comparison
    self.method = method
  }
}
