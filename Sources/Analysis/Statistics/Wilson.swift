/// The Wilson score interval for a proportion x/n, as a fraction (methods.md §1; PIM
/// `wilson_lower` / `wilson_upper`). Nil unless 0 ≤ x ≤ n and n > 0.
public func wilsonInterval(numerator x: Double, denominator n: Double, z: Double) -> (
  lower: Double, upper: Double
)? {
  guard n > 0, x >= 0, x <= n, x.isFinite, n.isFinite else { return nil }
  let z2 = z * z
  let root = z * (z2 + 4 * x * (1 - x / n)).squareRoot()
  let lower = (2 * x + z2 - root) / (2 * (n + z2))
  let upper = (2 * x + z2 + root) / (2 * (n + z2))
  // At x = 0 or x = n rounding can push a bound a hair past [0, 1]; the true bound is exact.
  return (max(0, lower), min(1, upper))
}
