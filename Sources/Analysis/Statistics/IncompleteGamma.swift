#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// Written by hand: the exact Poisson interval needs the inverse regularised incomplete gamma
// (equivalently the inverse χ² distribution), and no package in the local set provides it —
// swift-numerics has elementary functions and `lgamma`-style helpers only, no incomplete gamma
// or its inverse. Foundation/Glibc give `lgamma`, which is all the series below need.

/// The regularised lower incomplete gamma P(a, x) = γ(a, x)/Γ(a), for a > 0, x ≥ 0.
public func regularizedGammaP(a: Double, x: Double) -> Double {
  precondition(a > 0, "regularizedGammaP needs a > 0")
  if x <= 0 { return 0 }
  if x < a + 1 { return gammaSeries(a: a, x: x) }
  return 1 - gammaContinuedFraction(a: a, x: x)
}

/// The regularised upper incomplete gamma Q(a, x) = 1 − P(a, x), computed directly so that
/// probabilities near 1 keep their precision.
public func regularizedGammaQ(a: Double, x: Double) -> Double {
  precondition(a > 0, "regularizedGammaQ needs a > 0")
  if x <= 0 { return 1 }
  if x < a + 1 { return 1 - gammaSeries(a: a, x: x) }
  return gammaContinuedFraction(a: a, x: x)
}

/// x such that P(a, x) = p, for a > 0 and 0 < p < 1; nil outside that domain.
///
/// Newton's method on P (or on Q for p > ½, where P loses digits), kept inside a bracket that
/// bisection shrinks whenever a Newton step would leave it, so it always converges.
public func inverseRegularizedGammaP(a: Double, p: Double) -> Double? {
  guard a > 0, p > 0, p < 1, a.isFinite else { return nil }
  let useUpper = p > 0.5
  let q = 1 - p
  // f is increasing in x in both forms.
  func f(_ x: Double) -> Double {
    useUpper ? q - regularizedGammaQ(a: a, x: x) : regularizedGammaP(a: a, x: x) - p
  }
  let logGammaA = logGamma(a)
  func density(_ x: Double) -> Double { exp((a - 1) * log(x) - x - logGammaA) }

  var low = 0.0
  var high = max(1.0, a)
  while f(high) < 0 {
    low = high
    high *= 2
    if !high.isFinite { return nil }
  }
  var x = (low + high) / 2
  for _ in 0..<300 {
    let fx = f(x)
    if fx == 0 { return x }
    if fx < 0 { low = x } else { high = x }
    let slope = density(x)
    var next = slope > 0 && slope.isFinite ? x - fx / slope : .nan
    if !(next > low && next < high) { next = (low + high) / 2 }
    if abs(next - x) <= 1e-15 * max(1, abs(next)) || high - low <= 1e-15 * max(1, high) {
      return next
    }
    x = next
  }
  return x
}

/// The χ² quantile: x with P(χ²_df ≤ x) = p.
public func chiSquareQuantile(p: Double, degreesOfFreedom df: Double) -> Double? {
  inverseRegularizedGammaP(a: df / 2, p: p).map { 2 * $0 }
}

/// P(a, x) by its power series; converges fast for x < a + 1.
private func gammaSeries(a: Double, x: Double) -> Double {
  var term = 1 / a
  var sum = term
  var n = a
  for _ in 0..<10_000 {
    n += 1
    term *= x / n
    sum += term
    if abs(term) < abs(sum) * 1e-17 { break }
  }
  return sum * exp(-x + a * log(x) - logGamma(a))
}

/// Q(a, x) by its continued fraction (modified Lentz); converges fast for x ≥ a + 1.
private func gammaContinuedFraction(a: Double, x: Double) -> Double {
  let tiny = 1e-300
  var b = x + 1 - a
  var c = 1 / tiny
  var d = 1 / b
  var h = d
  for i in 1..<10_000 {
    let an = -Double(i) * (Double(i) - a)
    b += 2
    d = an * d + b
    if abs(d) < tiny { d = tiny }
    c = b + an / c
    if abs(c) < tiny { c = tiny }
    d = 1 / d
    let delta = d * c
    h *= delta
    if abs(delta - 1) < 1e-17 { break }
  }
  return exp(-x + a * log(x) - logGamma(a)) * h
}

/// ln Γ(a) for a > 0, from the C library (unambiguous between its Double and Float forms).
func logGamma(_ a: Double) -> Double {
  let value: Double = lgamma(a)
  return value
}
