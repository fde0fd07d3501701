import IndicatorModel

/// The arithmetic checks on one data row: counts, denominators, and value against
/// numerator ÷ denominator.
struct ObservationChecks {
  let measure: Measure
  let cells: RowCells
  let log: DiagnosticLog
  let value: CellNumber?
  let numerator: CellNumber?
  let denominator: CellNumber?
  let lower: CellNumber?
  let upper: CellNumber?

  /// Logs every problem; true when there was none.
  func run() -> Bool {
    var ok = true
    func fail(_ message: String, _ at: SourceLocation) {
      log.error(message, at: at)
      ok = false
    }
    if let numerator, numerator.value < 0 {
      fail(
        "numerator \(numerator.text) is negative (a count of events cannot be)", numerator.location)
    }
    if let denominator, denominator.value <= 0 {
      fail("denominator \(denominator.text) must be greater than zero", denominator.location)
    }
    if let value, value.value < 0, measure.type != .value {
      fail("value \(value.text) is negative (a \(measure.type.rawValue) cannot be)", value.location)
    }
    if measure.type == .proportion, let numerator, let denominator,
      numerator.value > denominator.value
    {
      fail(
        "numerator \(numerator.text) is greater than denominator \(denominator.text) (a proportion cannot exceed 1)",
        numerator.location)
    }
    if let lower, let upper, lower.value > upper.value {
      fail("lower_ci \(lower.text) is above upper_ci \(upper.text)", lower.location)
    }
    if ok, let value, let numerator, let denominator, denominator.value > 0 {
      let computed = numerator.value / denominator.value * measure.multiplier
      // Publishers round: agree when within half a unit of the last decimal place written.
      var step = 1.0
      for _ in 0..<min(value.decimals, 300) { step /= 10 }
      if abs(value.value - computed) > 0.5 * step + 1e-9 {
        let shown = NumberFormat.format(computed, decimals: min(value.decimals + 2, 12))
        fail(
          "value \(value.text) disagrees with numerator/denominator (\(numerator.text) / \(denominator.text) × \(NumberFormat.format(measure.multiplier, decimals: 0)) = \(shown))",
          value.location)
      }
    }
    return ok
  }
}
