/// Whether two doubles agree to a relative tolerance (methods.md: 1e-9 against full-precision
/// references).
func close(_ a: Double?, _ b: Double, relative: Double = 1e-9) -> Bool {
  guard let a else { return false }
  return abs(a - b) <= relative * max(abs(a), abs(b), 1e-300)
}

/// Whether a double rounds to a published figure at its printed precision.
func rounds(_ a: Double?, to printed: Double, decimals: Int) -> Bool {
  guard let a else { return false }
  var scale = 1.0
  for _ in 0..<decimals { scale *= 10 }
  return abs(a - printed) <= 0.5 / scale + 1e-12
}
