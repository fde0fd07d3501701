import IndicatorModel

/// The rule that decides the last point's reading, and how many points it spans.
func decidingRule(_ spc: SPCResult, cause: SpecialCause, polarity: Polarity) -> (
  rule: SPCRule, points: Int
)? {
  guard let lastIndex = spc.points.lastIndex(where: { $0.value != nil }) else { return nil }
  let last = spc.points[lastIndex]
  let matching = last.rules.filter { specialCause(of: $0, polarity: polarity) == cause }
  guard
    let rule = (matching.isEmpty ? last.rules : matching)
      .min(by: { $0.precedence < $1.precedence })
  else { return nil }
  switch rule {
  case .outsideUpper, .outsideLower: return (rule, 1)
  case .twoOfThreeAbove, .twoOfThreeBelow: return (rule, 3)
  case .shiftAbove, .shiftBelow, .trendUp, .trendDown:
    // The run ending at the last point; missing points do not break it.
    var n = 0
    for point in spc.points[...lastIndex].reversed() where point.value != nil {
      guard point.rules.contains(rule) else { break }
      n += 1
    }
    return (rule, n)
  }
}

/// "The rise over the last 7 quarters is a real change, not noise (SPC: shift above the mean)."
func spcSentence(_ r: IndicatorReadings, cause: SpecialCause) -> String? {
  guard let spc = r.spc,
    let (rule, n) = decidingRule(spc, cause: cause, polarity: r.indicator.polarity),
    let last = spc.lastPoint
  else { return nil }
  let movement = rule.pointsUp ? "rise" : "fall"
  let periods = count(n, of: r.indicator.periodicity)
  switch rule {
  case .outsideUpper, .outsideLower:
    let side = rule == .outsideUpper ? "above the upper" : "below the lower"
    let limit = rule == .outsideUpper ? last.limits?.upper : last.limits?.lower
    return
      "\(r.measure.display(last.value)) is \(side) process limit of \(r.measure.display(limit)): a real change, not noise (SPC: outside the limits)."
  case .shiftAbove, .shiftBelow:
    let side = rule == .shiftAbove ? "above" : "below"
    return
      "The \(movement) over the last \(periods) is a real change, not noise (SPC: shift \(side) the mean)."
  case .trendUp, .trendDown:
    let way = rule == .trendUp ? "rising" : "falling"
    return
      "The \(movement) over the last \(periods) is a real change, not noise (SPC: \(n) points \(way) in a row)."
  case .twoOfThreeAbove, .twoOfThreeBelow:
    let side = rule == .twoOfThreeAbove ? "upper" : "lower"
    return
      "The \(movement) in 2 of the last 3 \(r.indicator.periodicity.unitName.plural) is a real change, not noise (SPC: two of three points near the \(side) limit)."
  }
}

/// `spc-concern`: the latest point is a special cause of concern.
@Sendable func spcConcernFlag(_ r: IndicatorReadings) -> Flag? {
  guard r.spc?.lastPoint?.specialCause == .concern, r.spc?.reading != .insufficientData,
    let message = spcSentence(r, cause: .concern)
  else { return nil }
  return Flag(rule: .spcConcern, severity: .concern, message: message)
}

/// `spc-improvement`: the latest point is a special cause of improvement.
@Sendable func spcImprovementFlag(_ r: IndicatorReadings) -> Flag? {
  guard r.spc?.lastPoint?.specialCause == .improvement, r.spc?.reading != .insufficientData,
    let message = spcSentence(r, cause: .improvement)
  else { return nil }
  return Flag(rule: .spcImprovement, severity: .good, message: message)
}

/// "the target of 80% is above the process limits (45.1%–57.3%)".
func assuranceSentence(_ r: IndicatorReadings, _ verdict: String) -> String? {
  guard let target = r.target, let limits = r.spc?.lastPoint?.limits else { return nil }
  let range = "\(r.measure.display(limits.lower))–\(r.measure.display(limits.upper))"
  return
    "With the process as it is (limits \(range)), the \(target.label ?? "target") of \(r.measure.displayTarget(target.value)) will \(verdict)."
}

/// `assurance-fail`: the target lies beyond the limits on the wrong side.
@Sendable func assuranceFailFlag(_ r: IndicatorReadings) -> Flag? {
  guard r.spc?.assurance == .fail,
    let message = assuranceSentence(r, "consistently be missed (SPC assurance: fail)")
  else { return nil }
  return Flag(rule: .assuranceFail, severity: .concern, message: message)
}

/// `assurance-pass`: the limits say the target will consistently be met.
@Sendable func assurancePassFlag(_ r: IndicatorReadings) -> Flag? {
  guard r.spc?.assurance == .pass,
    let message = assuranceSentence(r, "consistently be met (SPC assurance: pass)")
  else { return nil }
  return Flag(rule: .assurancePass, severity: .good, message: message)
}
