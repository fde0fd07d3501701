/// A small trend for tables and tiles: the line, the last point marked, and an optional target.
/// It draws no text; its alt text carries the figures. A long series shows only its last
/// ``maximumPoints`` periods, which a line 120 units wide can draw apart, and the alt text says
/// which span that is.
public struct Sparkline: Chart {
  /// The most periods a sparkline draws: 42 quarters in 120 units is a scribble.
  public static let maximumPoints = 20

  /// What the sparkline shows, for its alt text (a sparkline draws no text).
  public var title: String
  /// Period labels of the periods drawn, for the alt text.
  public var labels: [String]
  /// One value per period drawn; nil draws a gap.
  public var values: [Double?]
  /// The target line, if any.
  public var target: Double?
  /// Decimal places and unit for values.
  public var format: ValueFormat
  /// Sentences from the assessment added to the text alternative (target status, direction
  /// of travel, SPC reading, comparison with England); nil when the spec was built by hand.
  public var reading: String?
  /// How many periods the series had before the earlier ones were left out.
  public var totalPeriods: Int
  /// What a period is called in the alt text, in the plural: "quarters", "years".
  public var periodNoun: String

  /// A sparkline of the last `maximumPoints` of `labels` and `values` (one per period).
  public init(
    title: String, labels: [String], values: [Double?], target: Double? = nil,
    format: ValueFormat, reading: String? = nil, periodNoun: String = "periods",
    maximumPoints: Int = Sparkline.maximumPoints
  ) {
    let count = min(labels.count, values.count)
    let kept = min(count, max(2, maximumPoints))
    self.title = title
    self.labels = Array(labels.prefix(count).suffix(kept))
    self.values = Array(values.prefix(count).suffix(kept))
    self.target = target
    self.format = format
    self.reading = reading
    self.totalPeriods = count
    self.periodNoun = periodNoun
  }

  /// Whether earlier periods were left out.
  public var isShortened: Bool { totalPeriods > values.count }
}
