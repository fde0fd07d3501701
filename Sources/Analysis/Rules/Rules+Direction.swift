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

/// The year's movement in words (`Movement.sentence`, the words every output uses for it),
/// then, where there is a figure five years earlier (Fingertips' longer look-back), that figure:
/// "… In 2007/08, five years earlier, it was 32.1 percentage points."
func changeOverYears(_ r: IndicatorReadings) -> String? {
  guard let movement = r.direction.yearAgoMovement else { return nil }
  var sentence = movement.sentence
  if let longer = r.fiveYearsAgo, let old = longer.value, longer.period != movement.from {
    let (shownOld, _) = r.measure.displayDistinct(old, movement.toValue)
    sentence += " In \(longer.period.shownLabel), five years earlier, it was \(shownOld)."
  }
  return sentence
}

/// `worse-than-year-ago`: worse than the same period a year earlier.
@Sendable func worseThanYearAgoFlag(_ r: IndicatorReadings) -> Flag? {
  guard r.direction.yearAgo == .worsened, let change = changeOverYears(r) else { return nil }
  return Flag(rule: .worseThanYearAgo, severity: .watch, message: change)
}

/// `better-than-year-ago`: better than the same period a year earlier (the direction of travel
/// the board hears beside a red status: "continues to rise").
@Sendable func betterThanYearAgoFlag(_ r: IndicatorReadings) -> Flag? {
  guard r.direction.yearAgo == .improved, let change = changeOverYears(r) else { return nil }
  return Flag(rule: .betterThanYearAgo, severity: .good, message: change)
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
      "\(way) and getting worse over the last \(count(trend.points, of: r.indicator.periodicity)) (recent trend significant at 99.8%)."
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
      "\(way) and getting better over the last \(count(trend.points, of: r.indicator.periodicity)) (recent trend significant at 99.8%)."
  )
}
