/// A small trend for tables and tiles: the line, the last point marked, and an optional target.
/// It draws no text; its alt text carries the figures.
public struct Sparkline: Chart {
  public var title: String
  /// Period labels, for the alt text.
  public var labels: [String]
  /// One value per period; nil draws a gap.
  public var values: [Double?]
  public var target: Double?
  public var format: ValueFormat

  public init(
    title: String, labels: [String], values: [Double?], target: Double? = nil,
    format: ValueFormat
  ) {
    self.title = title
    self.labels = labels
    self.values = values
    self.target = target
    self.format = format
  }
}
