/// A horizontal line at a value, such as a target or its amber threshold.
public struct ReferenceLine: Hashable, Sendable {
  public var value: Double
  /// What the legend calls it: "Target (Ofsted expectation)".
  public var label: String

  public init(value: Double, label: String) {
    self.value = value
    self.label = label
  }
}
