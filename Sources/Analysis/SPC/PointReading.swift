import IndicatorModel

/// What a rule's direction means for this indicator: up is improvement when higher is better.
public func specialCause(of rule: SPCRule, polarity: Polarity) -> SpecialCause {
  switch polarity {
  case .higherIsBetter: rule.pointsUp ? .improvement : .concern
  case .lowerIsBetter: rule.pointsUp ? .concern : .improvement
  case .noJudgement: rule.pointsUp ? .neutralHigh : .neutralLow
  }
}

/// A point's one reading from the rules that fired on it.
///
/// Under `ptd` the strongest rule decides (outside > trend > two-of-three > shift). Under `mdc`
/// improvement and concern are kept apart and `conflict` decides when both fire; for
/// no-judgement indicators the strongest rule decides.
public func pointReading(
  rules: [SPCRule], polarity: Polarity, profile: SPCProfile, conflict: SPCConflict
) -> SpecialCause? {
  guard let strongest = rules.min(by: { $0.precedence < $1.precedence }) else { return nil }
  if profile == .ptd || polarity == .noJudgement {
    return specialCause(of: strongest, polarity: polarity)
  }
  let causes = Set(rules.map { specialCause(of: $0, polarity: polarity) })
  if causes.count > 1 { return conflict == .concern ? .concern : .improvement }
  return causes.first
}

/// The variation icon for the last point's reading.
public func variationIcon(_ cause: SpecialCause?, polarity: Polarity) -> VariationIcon {
  switch cause {
  case nil: .commonCause
  case .improvement?: polarity == .lowerIsBetter ? .improvementLow : .improvementHigh
  case .concern?: polarity == .lowerIsBetter ? .concernHigh : .concernLow
  case .neutralHigh?: .neitherHigh
  case .neutralLow?: .neitherLow
  }
}
