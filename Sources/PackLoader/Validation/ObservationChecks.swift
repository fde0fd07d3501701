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
    if ok, let value, let numerator, let denominator, denominator.value > 0,
      !agrees(value, numerator, denominator, countsRoundedTo: measure.countsRoundedTo),
      !roundedTwice(value, numerator, denominator)
    {
      let computed = numerator.value / denominator.value * measure.multiplier
      let shown = NumberFormat.format(computed, decimals: min(value.decimals + 2, 12))
      var message =
        "value \(value.text) disagrees with numerator/denominator (\(numerator.text) / \(denominator.text) × \(NumberFormat.format(measure.multiplier, decimals: 0)) = \(shown))"
      // Counts in fives that agree once rounding is allowed for: say how to allow for it.
      // Fingertips rounds counts, not populations: the denominator may be any number.
      if measure.countsRoundedTo == nil,
        numerator.value.remainder(dividingBy: 5) == 0,
        agrees(value, numerator, denominator, countsRoundedTo: 5)
      {
        message +=
          "; if the publisher rounds counts to 5 (as Fingertips does for some), set measure.counts_rounded_to: 5 in the indicator's file"
      }
      fail(message, value.location)
    }
    return ok
  }

  /// Whether the value is numerator ÷ denominator × multiplier, allowing for the rounding of the
  /// value (half a unit of its last decimal place written) and, when the publisher rounds
  /// counts to multiples of `countsRoundedTo`, for each count being up to half of that away from
  /// the true one.
  func agrees(
    _ value: CellNumber, _ numerator: CellNumber, _ denominator: CellNumber,
    countsRoundedTo rounding: Int?
  ) -> Bool {
    var step = 1.0
    for _ in 0..<min(value.decimals, 300) { step /= 10 }
    let slack = 0.5 * step + 1e-9
    let half = Double(rounding ?? 0) / 2
    let lowestDenominator = max(denominator.value - half, .leastNonzeroMagnitude)
    let lowest = max(numerator.value - half, 0) / (denominator.value + half) * measure.multiplier
    let highest = (numerator.value + half) / lowestDenominator * measure.multiplier
    return value.value >= lowest - slack && value.value <= highest + slack
  }

  /// Whether the value is what a publisher that rounds twice writes: numerator ÷ denominator ×
  /// multiplier rounded half up to one more decimal than the value has, then to the value's own
  /// (Fingertips: Plymouth's 615 / 42,343 × 10,000 = 145.2424250 → 145.242425 → 145.24243, half
  /// a unit and a hair away from the exact figure). Integer steps, so the second rounding sees
  /// the exact 5 the first one wrote.
  func roundedTwice(_ value: CellNumber, _ numerator: CellNumber, _ denominator: CellNumber)
    -> Bool
  {
    guard value.decimals <= 9 else { return false }
    var scale = 1.0
    for _ in 0..<value.decimals { scale *= 10 }
    let exact = numerator.value / denominator.value * measure.multiplier
    let once = (exact * scale * 10).rounded(.toNearestOrAwayFromZero)
    guard abs(once) < 9e15 else { return false }
    let twice = (once / 10).rounded(.toNearestOrAwayFromZero)
    return twice == (value.value * scale).rounded(.toNearestOrAwayFromZero)
  }
}
