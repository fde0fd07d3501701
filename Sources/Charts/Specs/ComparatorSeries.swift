/// The part a comparator plays, which fixes its colour and dash pattern.
public enum ComparatorKind: String, Hashable, Sendable, CaseIterable {
  /// England.
  case national
  /// The region.
  case region
  /// A comparator group's mean, e.g. statistical neighbours.
  case groupMean = "group-mean"
  /// Another named area.
  case named
}

/// A benchmark drawn as a line beside the area's trend.
public struct ComparatorSeries: Hashable, Sendable {
  /// The legend label: "England", "Statistical neighbours (mean)".
  public var name: String
  /// Which comparator it is; sets colour and dash.
  public var kind: ComparatorKind
  /// One value per period of the chart, in the same order; nil where there is none.
  public var values: [Double?]

  /// Creates a value from its fields.
  public init(name: String, kind: ComparatorKind, values: [Double?]) {
    self.name = name
    self.kind = kind
    self.values = values
  }
}
