import IndicatorModel

/// How a chart writes values: decimal places and unit, as the indicator's measure says.
public struct ValueFormat: Hashable, Sendable {
  /// Decimal places for values (tick labels choose their own from the tick step).
  public var decimals: Int
  /// "%", "per 1,000", or "" for counts.
  public var unit: String

  /// Creates a value from its fields.
  public init(decimals: Int = 1, unit: String = "") {
    self.decimals = decimals
    self.unit = unit
  }

  /// The format of an indicator's measure.
  public init(_ measure: Measure) {
    self.init(decimals: measure.decimals, unit: measure.unit)
  }

  /// A value with its unit, rounded for display (methods.md §7): "55.0%", "11.7 per 1,000".
  public func string(_ value: Double?) -> String {
    Measure(type: .value, unit: unit, decimals: decimals).display(value)
  }

  /// A value without its unit, for tick labels and bar labels next to a titled axis.
  public func number(_ value: Double?, decimals: Int? = nil) -> String {
    NumberFormat.format(value, decimals: decimals ?? self.decimals)
  }
}
