/// The two interval levels every observation gets (methods.md §1).
public enum ConfidenceLevel: Double, CaseIterable, Sendable {
  case ninetyFive = 0.95
  case ninetyNinePointEight = 0.998

  /// Φ⁻¹(1 − α/2) at full precision. Not 1.96: the reference implementations use the exact
  /// quantile, and a rounded z moves limits in the fourth significant figure.
  public var z: Double {
    switch self {
    case .ninetyFive: 1.959963984540054
    case .ninetyNinePointEight: 3.090232306167813
    }
  }

  /// α, the probability outside the interval.
  public var alpha: Double { 1 - rawValue }
}
