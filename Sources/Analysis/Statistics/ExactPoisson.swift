/// The exact (Garwood) Poisson interval for x events, as a number of events (methods.md §1;
/// PIM `poisson_cis`): lower = ½·χ²⁻¹(α/2; 2x), upper = ½·χ²⁻¹(1 − α/2; 2x + 2).
///
/// ½·χ²⁻¹(p; 2a) is the inverse regularised gamma P⁻¹(a, p), which is what is computed.
public func exactPoissonInterval(events x: Double, level: ConfidenceLevel) -> (
  lower: Double, upper: Double
)? {
  guard x >= 0, x.isFinite else { return nil }
  let alpha = level.alpha
  let lower = x == 0 ? 0 : inverseRegularizedGammaP(a: x, p: alpha / 2)
  let upper = inverseRegularizedGammaP(a: x + 1, p: 1 - alpha / 2)
  guard let lower, let upper else { return nil }
  return (lower, upper)
}

/// The PHE rate rule (PIM `phe_rate`): exact Poisson below 10 events, Byar's from 10.
public func pheRateMethod(events x: Double) -> IntervalMethod {
  x < 10 ? .exactPoisson : .byars
}
