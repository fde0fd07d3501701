import IndicatorModel

/// The assurance icon: can the process, as it runs now, be relied on to meet the target?
///
/// `mdc` counts a target on a limit as reliably met or missed (inclusive); `ptd` calls it
/// hit-or-miss (strict). Nil for no-judgement indicators.
public func assurance(
  target: Double, limits: ProcessLimits, polarity: Polarity, profile: SPCProfile
) -> AssuranceIcon? {
  let inclusive = profile == .mdc
  let atOrBelowLower = inclusive ? target <= limits.lower : target < limits.lower
  let atOrAboveUpper = inclusive ? target >= limits.upper : target > limits.upper
  switch polarity {
  case .higherIsBetter:
    if atOrBelowLower { return .pass }
    if atOrAboveUpper { return .fail }
    return .hitOrMiss
  case .lowerIsBetter:
    if atOrAboveUpper { return .pass }
    if atOrBelowLower { return .fail }
    return .hitOrMiss
  case .noJudgement:
    return nil
  }
}
