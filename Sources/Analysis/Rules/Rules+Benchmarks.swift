import IndicatorModel

/// "England (0.15% vs 0.10%)", "the North West (…)".
func versus(_ r: IndicatorReadings, _ reading: ComparatorReading) -> String {
  "\(inSentence(reading.comparator)) (\(r.measure.display(r.value)) vs \(r.measure.display(reading.value)))"
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

/// `not-compared`: comparators with data that could not be compared, each with its figure, and
/// why: "Not compared with England (0.10%), the North West (0.13%) or Leeds (0.01%): …". Silent
/// when the area itself has no figure (`missing-data` says so) or the comparator has none.
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
    reason = "there is no confidence interval, because the measure is set to have none (ci: none)"
  } else if r.measure.ci == .supplied || r.measure.type == .value {
    reason = "no confidence interval was published with the \(latest.period.shownLabel) figure"
  } else if r.measure.intervalInputs(
    Observation(
      indicator: r.indicator.id, period: latest.period, area: latest.area,
      value: latest.value, numerator: latest.numerator, denominator: latest.denominator)) == nil
  {
    // Never back-calculated from the rate: a denominator inferred from a rounded rate would
    // give an interval that looks exact and is not.
    reason =
      "there is no confidence interval, because the \(latest.period.shownLabel) figure was published without counts or denominators"
  } else {
    reason =
      "no \(level == .ninetyFive ? "95%" : "99.8%") confidence interval could be computed"
  }
  let names = skipped.map { "\(inSentence($0.comparator)) (\(r.measure.display($0.value)))" }
  return Flag(
    rule: .notCompared, severity: .info,
    message: "Not compared with \(list(names, conjunction: "or")): \(reason).")
}

/// "8th of 11 among statistical neighbours".
func groupPlace(_ group: ComparatorGroup, _ standing: GroupStanding) -> String? {
  guard let rank = standing.rank else { return nil }
  return "\(ordinal(rank)) of \(standing.of) among \(inSentence(group.name))"
}

/// `bottom-quartile`: in the worst quartile of a comparator group.
@Sendable func bottomQuartileFlag(_ r: IndicatorReadings) -> Flag? {
  let phrases = r.groups.filter { $0.standing.quartile == 4 }.compactMap { entry in
    groupPlace(entry.group, entry.standing).map {
      "\($0) (bottom quartile; group mean \(r.measure.display(entry.standing.mean)))"
    }
  }
  guard !phrases.isEmpty else { return nil }
  return Flag(rule: .bottomQuartile, severity: .watch, message: "Ranked \(list(phrases)).")
}

/// `group-rank`: the area's place in each comparator group where it has one and it is not in
/// the bottom quartile (which `bottom-quartile` already reports). Information only: there is no
/// official significance test against a group (methods.md §2), so a rank is never a judgement.
@Sendable func groupRankFlag(_ r: IndicatorReadings) -> Flag? {
  let phrases = r.groups.filter { $0.standing.quartile != 4 }.compactMap { entry in
    groupPlace(entry.group, entry.standing).map {
      "\($0) (group mean \(r.measure.display(entry.standing.mean)))"
    }
  }
  guard !phrases.isEmpty else { return nil }
  return Flag(rule: .groupRank, severity: .info, message: "Ranked \(list(phrases)).")
}
