/// Byar's approximation to the Poisson interval for x events, as a number of events
/// (methods.md §1; PIM `byars_lower` / `byars_upper`). Divide by the population and × the
/// multiplier for a rate.
///
/// The lower bound is nil when it would be negative or undefined (x = 0): methods.md reports a
/// negative Byar's lower limit as missing.
public func byarsInterval(events x: Double, z: Double) -> (lower: Double?, upper: Double)? {
  guard x >= 0, x.isFinite else { return nil }
  var lower: Double? = nil
  if x > 0 {
    let base = 1 - 1 / (9 * x) - z / (3 * x.squareRoot())
    let value = x * base * base * base
    if value >= 0 { lower = value }
  }
  let x1 = x + 1
  let base = 1 - 1 / (9 * x1) + z / (3 * x1.squareRoot())
  return (lower, x1 * base * base * base)
}
