/// A horizontal line at a value, such as a target or its amber threshold.
public struct ReferenceLine: Hashable, Sendable {
  /// The value in force at the latest period (the one the legend states).
  public var value: Double
  /// What the legend calls it: "Target (Ofsted expectation)".
  public var label: String
  /// The value in force at each period of the chart, in the chart's order, when it changes by
  /// period (`target.by-period`): drawn as a stepped line. Empty draws one level line at `value`.
  public var steps: [Double?]

  /// Creates a value from its fields.
  public init(value: Double, label: String, steps: [Double?] = []) {
    self.value = value
    self.label = label
    self.steps = steps
  }

  /// Whether the line changes level along the chart.
  public var isStepped: Bool {
    let levels = Set(steps.compactMap { $0 })
    return levels.count > 1
  }

  /// Every value the line takes, for the value axis.
  var levels: [Double] { [value] + steps.compactMap { $0 } }
}

extension ReferenceLine {
  /// The legend entry: "Ofsted expectation: 80.0%", or with "(latest; set by period)" when the
  /// line steps, so the stated value is not read as the value at every period.
  func legendLabel(_ format: ValueFormat) -> String {
    "\(label): \(format.string(value))" + (isStepped ? " (latest; set by period)" : "")
  }
}
