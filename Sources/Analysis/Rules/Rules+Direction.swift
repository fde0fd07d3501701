import IndicatorModel

/// `worsening-streak`: worse than the period before for several periods in a row.
@Sendable func worseningStreakFlag(_ r: IndicatorReadings) -> Flag? {
  let n = r.direction.worseningStreak
  guard n >= max(1, r.worseningStreakThreshold) else { return nil }
  let unit = r.indicator.periodicity == .date ? "figure" : r.indicator.periodicity.unitName.singular
  return Flag(
    rule: .worseningStreak, severity: .concern,
    message:
      "Worse than the \(unit) before for \(count(n, of: r.indicator.periodicity)) in a row.")
}

/// `worse-than-year-ago`: worse than the same period a year earlier.
@Sendable func worseThanYearAgoFlag(_ r: IndicatorReadings) -> Flag? {
  guard r.direction.yearAgo == .worsened, let before = r.yearAgo else { return nil }
  return Flag(
    rule: .worseThanYearAgo, severity: .watch,
    message:
      "Worse than a year earlier (\(r.measure.display(r.value)) vs \(r.measure.display(before.value)) in \(before.period.label))."
  )
}

/// `trend-getting-worse`: the Fingertips recent-trend test says so.
@Sendable func trendGettingWorseFlag(_ r: IndicatorReadings) -> Flag? {
  guard let trend = r.trend,
    trend.result == .increasingGettingWorse || trend.result == .decreasingGettingWorse
  else { return nil }
  let way = trend.result == .increasingGettingWorse ? "Increasing" : "Decreasing"
  return Flag(
    rule: .trendGettingWorse, severity: .watch,
    message:
      "\(way) and getting worse over the last \(trend.points) years (recent trend significant at 99.8%)."
  )
}

/// `trend-getting-better`.
@Sendable func trendGettingBetterFlag(_ r: IndicatorReadings) -> Flag? {
  guard let trend = r.trend,
    trend.result == .increasingGettingBetter || trend.result == .decreasingGettingBetter
  else { return nil }
  let way = trend.result == .increasingGettingBetter ? "Increasing" : "Decreasing"
  return Flag(
    rule: .trendGettingBetter, severity: .good,
    message:
      "\(way) and getting better over the last \(trend.points) years (recent trend significant at 99.8%)."
  )
}
