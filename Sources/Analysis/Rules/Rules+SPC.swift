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

/// "The rise over the last 7 quarters is not chance (SPC: 7 points in a row above the mean)."
/// A limit is named for what it is, and a long run whose early points sit on the other side of
/// the mean says why.
func spcSentence(_ r: IndicatorReadings, cause: SpecialCause) -> String? {
  guard let spc = r.spc,
    let (rule, n) = decidingRule(spc, cause: cause, polarity: r.indicator.polarity),
    let last = spc.lastPoint
  else { return nil }
  let movement = rule.pointsUp ? "rise" : "fall"
  let periods = count(n, of: r.indicator.periodicity)
  let sentence: String
  switch rule {
  case .outsideUpper, .outsideLower:
    let side = rule == .outsideUpper ? "above the upper" : "below the lower"
    let limit = rule == .outsideUpper ? last.limits?.upper : last.limits?.lower
    sentence =
      "\(r.measure.display(last.value)) is \(side) process limit of \(r.measure.display(limit)), so the \(movement) is not chance (SPC: outside the limits)."
  case .shiftAbove, .shiftBelow:
    let side = rule == .shiftAbove ? "above" : "below"
    sentence =
      "The \(movement) over the last \(periods) is not chance (SPC: \(n) points in a row \(side) the mean)."
  case .trendUp, .trendDown:
    let way = rule == .trendUp ? "rising" : "falling"
    sentence =
      "The \(movement) over the last \(periods) is not chance (SPC: \(n) points in a row, each \(way))."
  case .twoOfThreeAbove, .twoOfThreeBelow:
    let side = rule == .twoOfThreeAbove ? "upper" : "lower"
    sentence =
      "The \(movement) in 2 of the last 3 \(r.indicator.periodicity.unitName.plural) is not chance (SPC: two of three points near the \(side) process limit)."
  }
  return [sentence, movedLevelSentence(r)].compactMap { $0 }.joined(separator: " ")
}

/// "It has risen for 19 quarters in a row; the earlier points sit below the mean because the
/// level has moved, so the limits could be recalculated." Said when a trend runs to the latest
/// point and began in a shift on the other side of the mean (the point where an improvement and
/// a concern pattern both fire): the limits then describe no steady process.
func movedLevelSentence(_ r: IndicatorReadings) -> String? {
  guard let spc = r.spc, let last = spc.lastPoint,
    let trend = last.rules.first(where: { $0 == .trendUp || $0 == .trendDown })
  else { return nil }
  let run = spc.points.filter { $0.value != nil && $0.segment == last.segment }
    .reversed().prefix { $0.rules.contains(trend) }
  guard let first = run.last, let value = first.value, let mean = first.limits?.mean else {
    return nil
  }
  let rising = trend == .trendUp
  guard rising ? value < mean : value > mean,
    first.rules.contains(rising ? .shiftBelow : .shiftAbove)
  else { return nil }
  return
    "It has \(rising ? "risen" : "fallen") for \(count(run.count, of: r.indicator.periodicity)) in a row; the earlier points sit \(rising ? "below" : "above") the mean because the level has moved, so the limits could be recalculated."
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

/// "The process limits, 44.2% to 48.9%, are where the figure falls while nothing changes; the
/// Ofsted expectation of 80% is above them, so it will consistently be missed unless something
/// changes (SPC assurance: fail)."
func assuranceSentence(_ r: IndicatorReadings, _ verdict: String) -> String? {
  guard let target = r.target, let limits = r.spc?.lastPoint?.limits else { return nil }
  let range = "\(r.measure.display(limits.lower)) to \(r.measure.display(limits.upper))"
  let side =
    target.value > limits.upper ? "above" : target.value < limits.lower ? "below" : "within"
  return
    "The process limits, \(range), are where the figure falls while nothing changes; the \(target.label ?? "target") of \(r.measure.displayTarget(target.value)) is \(side) them, so it will \(verdict)."
}

/// `assurance-fail`: the target lies beyond the limits on the wrong side.
@Sendable func assuranceFailFlag(_ r: IndicatorReadings) -> Flag? {
  guard r.spc?.assurance == .fail,
    let message = assuranceSentence(
      r, "consistently be missed unless something changes (SPC assurance: fail)")
  else { return nil }
  return Flag(rule: .assuranceFail, severity: .concern, message: message)
}

/// `assurance-pass`: the limits say the target will consistently be met.
@Sendable func assurancePassFlag(_ r: IndicatorReadings) -> Flag? {
  guard r.spc?.assurance == .pass,
    let message = assuranceSentence(
      r, "consistently be met unless something changes (SPC assurance: pass)")
  else { return nil }
  return Flag(rule: .assurancePass, severity: .good, message: message)
}
