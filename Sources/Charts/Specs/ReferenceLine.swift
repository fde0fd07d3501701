/// A horizontal line at a value, such as a target or its amber threshold.
public struct ReferenceLine: Hashable, Sendable {
  /// The value; nil where there is none.
  public var value: Double
  /// What the legend calls it: "Target (Ofsted expectation)".
  public var label: String

  /// Creates a value from its fields.
  public init(value: Double, label: String) {
    self.value = value
    self.label = label
  }
}
