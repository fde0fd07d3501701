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

/// "up from 0.11% in 2017/18 to 0.13% in 2018/19, and from 0.08% in 2013/14": the change
/// over the year, then, where there is a figure, the change over five years, worded by what
/// the numbers did — never a streak the data does not have.
func changeOverYears(_ r: IndicatorReadings, from before: ObservationAssessment) -> String? {
  guard let now = r.value, let then = before.value, let period = r.period else { return nil }
  let (shownThen, shownNow) = r.measure.displayDistinct(then, now)
  let way = now > then ? "up" : "down"
  var sentence =
    "\(way) from \(shownThen) in \(before.period.label) to \(shownNow) in \(period.label)"
  if let longer = r.fiveYearsAgo, let old = longer.value, longer.period != before.period {
    let (shownOld, _) = r.measure.displayDistinct(old, now)
    let label = longer.period.label
    if old == now || shownOld == r.measure.display(now) {
      sentence += ", the same as in \(label)"
    } else if (old < now) == (then < now) {
      sentence += ", and from \(shownOld) in \(label)"
    } else {
      sentence += ", though still \(old > now ? "below" : "above") \(shownOld) in \(label)"
    }
  }
  return sentence
}

/// `worse-than-year-ago`: worse than the same period a year earlier.
@Sendable func worseThanYearAgoFlag(_ r: IndicatorReadings) -> Flag? {
  guard r.direction.yearAgo == .worsened, let before = r.yearAgo,
    let change = changeOverYears(r, from: before)
  else { return nil }
  return Flag(
    rule: .worseThanYearAgo, severity: .watch,
    message: "Worse than a year earlier: \(change).")
}

/// `better-than-year-ago`: better than the same period a year earlier (the direction of travel
/// the board hears beside a red status: "continues to rise").
@Sendable func betterThanYearAgoFlag(_ r: IndicatorReadings) -> Flag? {
  guard r.direction.yearAgo == .improved, let before = r.yearAgo,
    let change = changeOverYears(r, from: before)
  else { return nil }
  return Flag(
    rule: .betterThanYearAgo, severity: .good,
    message: "Better than a year earlier: \(change).")
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
