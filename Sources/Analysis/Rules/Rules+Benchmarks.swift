import IndicatorModel

/// "England (0.15% vs 0.10%)".
func versus(_ r: IndicatorReadings, _ reading: ComparatorReading) -> String {
  "\(reading.comparator.area.name) (\(r.measure.display(r.value)) vs \(r.measure.display(reading.value)))"
}

/// `worse-than-england`.
@Sendable func worseThanEnglandFlag(_ r: IndicatorReadings) -> Flag? {
  guard let england = r.comparators.first(where: { $0.comparator.role == .national }),
    england.comparison.isWorse
  else { return nil }
  return Flag(
    rule: .worseThanEngland, severity: .concern,
    message: "Significantly worse than \(versus(r, england)).")
}

/// `better-than-england`.
@Sendable func betterThanEnglandFlag(_ r: IndicatorReadings) -> Flag? {
  guard let england = r.comparators.first(where: { $0.comparator.role == .national }),
    england.comparison.isBetter
  else { return nil }
  return Flag(
    rule: .betterThanEngland, severity: .good,
    message: "Significantly better than \(versus(r, england)).")
}

/// `worse-than-comparator`: the region and named areas (e.g. Leeds) that have data.
@Sendable func worseThanComparatorFlag(_ r: IndicatorReadings) -> Flag? {
  let worse = r.comparators.filter { $0.comparator.role != .national && $0.comparison.isWorse }
  guard !worse.isEmpty else { return nil }
  return Flag(
    rule: .worseThanComparator, severity: .watch,
    message: "Significantly worse than \(list(worse.map { versus(r, $0) })).")
}

/// `better-than-comparator`.
@Sendable func betterThanComparatorFlag(_ r: IndicatorReadings) -> Flag? {
  let better = r.comparators.filter {
    $0.comparator.role != .national && $0.comparison.isBetter
  }
  guard !better.isEmpty else { return nil }
  return Flag(
    rule: .betterThanComparator, severity: .good,
    message: "Significantly better than \(list(better.map { versus(r, $0) })).")
}

/// `not-compared`: comparators with data that could not be compared, and why. Silent when the
/// area itself has no figure (`missing-data` says so) or the comparator has none.
@Sendable func notComparedFlag(_ r: IndicatorReadings) -> Flag? {
  guard let latest = r.latest, latest.value != nil else { return nil }
  let skipped = r.comparators.filter { $0.comparison == .notCompared && $0.value != nil }
  guard !skipped.isEmpty else { return nil }
  let level: ConfidenceLevel =
    r.indicator.comparison == .ciOverlap998 ? .ninetyNinePointEight : .ninetyFive
  let interval = latest.figures.interval(level)
  let reason: String
  if interval?.bounds != nil {
    reason = "the figures are equal"
  } else if r.measure.ci == .none {
    reason = "no confidence interval, because the measure is set to have none (ci: none)"
  } else if r.measure.ci == .supplied || r.measure.type == .value {
    reason = "no confidence interval was published with the figure"
  } else if r.measure.intervalInputs(
    Observation(
      indicator: r.indicator.id, period: latest.period, area: latest.area,
      value: latest.value, numerator: latest.numerator, denominator: latest.denominator)) == nil
  {
    reason = "no confidence interval, because the published data has no counts or denominators"
  } else {
    reason = "no \(level == .ninetyFive ? "95%" : "99.8%") confidence interval could be computed"
  }
  return Flag(
    rule: .notCompared, severity: .info,
    message: "Not compared with \(list(skipped.map(\.comparator.area.name))): \(reason).")
}

/// `bottom-quartile`: in the worst quartile of a comparator group.
@Sendable func bottomQuartileFlag(_ r: IndicatorReadings) -> Flag? {
  let bottom = r.groups.filter { $0.standing.quartile == 4 && $0.standing.rank != nil }
  guard !bottom.isEmpty else { return nil }
  let phrases = bottom.map {
    "\(ordinal($0.standing.rank!)) of \($0.standing.of) among \(inSentence($0.group.name))"
  }
  return Flag(
    rule: .bottomQuartile, severity: .watch,
    message: "Ranked \(list(phrases)) (bottom quartile).")
}
