import IndicatorModel

/// What every indicator's assessment shares: the pack, its period, the rule table.
struct AssessmentContext {
  let pack: Pack
  let packPeriod: Period?
  let rules: [Rule]
  /// Actions carried from earlier meetings, by indicator.
  let carried: [String: [CarriedAction]]

  /// The indicator's reporting period: the latest of its periodicity ending by the pack's
  /// period whose figure is published by the pack's as-at date (the meeting's date, else the end
  /// of the pack's period); for dated series the latest date in its data up to then. A period the
  /// council has a provisional figure for counts as published (local figures are there at once).
  func reportingPeriod(of indicator: Indicator, observations: [Observation]) -> Period? {
    guard let packPeriod else { return observations.map(\.period).max() }
    let end = packPeriod.end
    let published = { (period: Period) in self.isPublished(period, indicator, observations) }
    if indicator.periodicity == .date {
      let dates = observations.map(\.period).filter { $0.end <= end && published($0) }
      return dates.max() ?? Period(periodicity: .date, index: end.dayNumber)
    }
    guard
      var period = packPeriod.periodicity == indicator.periodicity
        ? packPeriod : Period.latest(indicator.periodicity, endingOnOrBefore: end)
    else { return nil }
    // Lags are months and releases a few years at most: 120 periods back (ten years of months,
    // more of anything longer) is further than any figure could be due from.
    var steps = 0
    while !published(period) && steps < 120 {
      period = Period(periodicity: period.periodicity, index: period.index - 1)
      steps += 1
    }
    return period
  }

  /// The pack's as-at date: what the board could have seen by then.
  var asAt: CalendarDate? { packPeriod.map { pack.documentDate(for: $0) } }

  /// Whether a period's figure is out by the as-at date: due by the indicator's schedule, or the
  /// pack's own area has a figure for it the board could have (a provisional local figure, or a
  /// row whose `published` date is by then).
  func isPublished(_ period: Period, _ indicator: Indicator, _ observations: [Observation])
    -> Bool
  {
    // Without a schedule, figures are the council's own, there up to the pack's period.
    guard let asAt, let schedule = indicator.published else { return true }
    if schedule.due(period) <= asAt { return true }
    return observations.contains {
      $0.period == period && $0.area == pack.area.code && isAvailable($0, indicator)
        && indicator.measure.figures(for: $0).value != nil
    }
  }

  /// Whether the board could have this figure by the as-at date: its row's `published` date,
  /// else a provisional figure of the pack's own area (local management information, there at
  /// once), else the indicator's schedule. Without an as-at date every figure counts.
  func isAvailable(_ observation: Observation, _ indicator: Indicator) -> Bool {
    guard let asAt else { return true }
    if let published = observation.published { return published <= asAt }
    if observation.status == .provisional && observation.area == pack.area.code { return true }
    guard let schedule = indicator.published else { return true }
    return schedule.due(observation.period) <= asAt
  }

  /// The next figure after the reporting period and the day it is due, when it is not out by
  /// the as-at date.
  func nextRelease(after period: Period?, _ indicator: Indicator) -> Release? {
    guard let period, period.periodicity != .date, let published = indicator.published,
      let asAt
    else { return nil }
    let next = Period(periodicity: period.periodicity, index: period.index + 1)
    let due = published.due(next)
    return due > asAt ? Release(period: next, due: due) : nil
  }

  func assess(_ indicator: Indicator, observations all: [Observation]) -> IndicatorAssessment {
    let period = reportingPeriod(of: indicator, observations: all)
    // What the board could have by the as-at date; later releases are left out entirely.
    let raw = all.filter { isAvailable($0, indicator) }
    let cutoff = period?.end
    let measure = indicator.measure
    let inScope = raw.filter { cutoff == nil || $0.period.end <= cutoff! }
      .sorted { ($0.period, $0.area) < ($1.period, $1.area) }
    let observations = inScope.map { observation in
      let figures = measure.figures(for: observation)
      return ObservationAssessment(
        period: observation.period, area: observation.area, value: figures.value,
        numerator: observation.numerator, denominator: observation.denominator,
        ci: figures.ci95, ci998: figures.ci998, status: observation.status,
        note: observation.note)
    }
    let series = SeriesIndex(observations)
    let area = pack.area.code
    let own = series.byArea[area] ?? []
    let latest = period.flatMap { series.at($0, area: area) }
    let latestWithData = own.last { $0.value != nil }
    let firstAfter: Period? =
      cutoff == nil
      ? nil
      : raw.filter {
        $0.area == area && $0.period.end > cutoff! && measure.figures(for: $0).value != nil
      }.map(\.period).min()

    let target = period.flatMap {
      targetAssessment(indicator, period: $0, series: series)
    }
    let (direction, yearAgo) =
      period.map { directionAssessment(indicator, period: $0, series: series) }
      ?? (DirectionAssessment(previous: nil, yearAgo: nil, worseningStreak: 0), nil)
    let spc = period.flatMap { spcResult(indicator, period: $0, series: series) }
    let benchmarks = benchmarkAssessments(indicator, series: series)
    let comparators = period.map { comparatorReadings(indicator, period: $0, series: series) } ?? []
    let groups = period.map { groupStandings(indicator, period: $0, series: series) } ?? []
    let againstEngland =
      period.map { areaComparisons(indicator, period: $0, series: series) } ?? []
    let trend = recentTrendReading(indicator, own: own)

    let readings = IndicatorReadings(
      indicator: indicator, area: pack.area, period: period, latest: latest,
      latestWithData: latestWithData, firstAfter: firstAfter, target: target,
      direction: direction, yearAgo: yearAgo,
      fiveYearsAgo: period.flatMap { fiveYearsAgo(of: $0, series: series) }, spc: spc,
      comparators: comparators,
      groups: groups, trend: trend, worseningStreakThreshold: pack.rules.worseningStreak,
      actions: carried[indicator.id] ?? [])
    let flags = rules.flags(for: readings)
    let exceptionRules = Set(indicator.exceptions ?? pack.rules.exceptions)
    let exceptionFlags = flags.filter {
      exceptionRules.contains($0.rule) && $0.severity.canMakeException
    }
    var assessment = IndicatorAssessment(
      id: indicator.id, title: indicator.title, theme: indicator.theme,
      polarity: indicator.polarity, period: period, observations: observations, target: target,
      direction: direction, spc: spc, benchmarks: benchmarks, areaComparisons: againstEngland,
      groups: groups.map { GroupAssessment(group: $0.group.id, standing: $0.standing) },
      trend: trend, flags: flags, exceptionFlags: exceptionFlags)
    assessment.nextRelease = nextRelease(after: period, indicator)
    assessment.actions = carried[indicator.id] ?? []
    return assessment
  }
}

/// An indicator's observations indexed by area and by period, built once.
struct SeriesIndex {
  /// Each area's observations, oldest first.
  let byArea: [String: [ObservationAssessment]]
  let byAreaPeriod: [String: [Period: ObservationAssessment]]

  init(_ observations: [ObservationAssessment]) {
    var byArea: [String: [ObservationAssessment]] = [:]
    var byAreaPeriod: [String: [Period: ObservationAssessment]] = [:]
    for observation in observations {
      byArea[observation.area, default: []].append(observation)
      byAreaPeriod[observation.area, default: [:]][observation.period] = observation
    }
    self.byArea = byArea
    self.byAreaPeriod = byAreaPeriod
  }

  func at(_ period: Period, area: String) -> ObservationAssessment? {
    byAreaPeriod[area]?[period]
  }

  /// The figures at a period (empty when there is no observation).
  func figures(_ period: Period, area: String) -> ObservationFigures {
    at(period, area: area)?.figures ?? ObservationFigures(value: nil, ci95: nil, ci998: nil)
  }
}
