/// A small trend for tables and tiles: the line, the last point marked, and an optional target.
/// It draws no text; its alt text carries the figures.
public struct Sparkline: Chart {
  /// What the sparkline shows, for its alt text (a sparkline draws no text).
  public var title: String
  /// Period labels, for the alt text.
  public var labels: [String]
  /// One value per period; nil draws a gap.
  public var values: [Double?]
  /// The target line, if any.
  public var target: Double?
  /// Decimal places and unit for values.
  public var format: ValueFormat
  /// Sentences from the assessment added to the text alternative (target status, direction
  /// of travel, SPC reading, comparison with England); nil when the spec was built by hand.
  public var reading: String?

  /// Creates a value from its fields.
  public init(
    title: String, labels: [String], values: [Double?], target: Double? = nil,
    format: ValueFormat, reading: String? = nil
  ) {
    self.title = title
    self.labels = labels
    self.values = values
    self.target = target
    self.format = format
    self.reading = reading
  }
}
