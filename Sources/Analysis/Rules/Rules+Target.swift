import IndicatorModel

/// "55.0% is 25.0 points below the Ofsted expectation of 80%".
func distanceToTarget(_ r: IndicatorReadings, _ target: TargetAssessment) -> String? {
  guard let value = r.value, let gap = target.gap else { return nil }
  let name = "the \(target.label ?? "target") of \(r.measure.displayTarget(target.value))"
  let shown = r.measure.display(value)
  if gap == 0 { return "\(shown) is exactly \(name)" }
  let side = gap < 0 ? "below" : "above"
  return "\(shown) is \(r.measure.displayDifference(gap)) \(side) \(name)"
}

/// " — red for 6 quarters in a row." / " — red this quarter."
func runSuffix(_ status: String, _ n: Int, _ periodicity: Periodicity) -> String {
  n > 1
    ? " — \(status) for \(count(n, of: periodicity)) in a row."
    : " — \(status) this \(periodicity.unitName.singular)."
}

/// `target-red`: off target beyond any amber threshold.
@Sendable func targetRedFlag(_ r: IndicatorReadings) -> Flag? {
  guard let target = r.target, target.status == .red, let distance = distanceToTarget(r, target)
  else { return nil }
  return Flag(
    rule: .targetRed, severity: .concern,
    message: distance
      + runSuffix("red", target.periodsOffTarget, r.indicator.periodicity))
}

/// `target-amber`: short of target but within the amber threshold (or, by interval, unsure).
@Sendable func targetAmberFlag(_ r: IndicatorReadings) -> Flag? {
  guard let target = r.target, target.status == .amber,
    let distance = distanceToTarget(r, target)
  else { return nil }
  return Flag(
    rule: .targetAmber, severity: .watch,
    message: distance
      + runSuffix("amber", target.periodsOffTarget, r.indicator.periodicity))
}

/// `target-green`: the target is met.
@Sendable func targetGreenFlag(_ r: IndicatorReadings) -> Flag? {
  guard let target = r.target, target.status == .green, let value = r.value else { return nil }
  return Flag(
    rule: .targetGreen, severity: .good,
    message:
      "\(r.measure.display(value)) meets the \(target.label ?? "target") of \(r.measure.displayTarget(target.value))."
  )
}
