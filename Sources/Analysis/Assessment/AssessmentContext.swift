import IndicatorModel

/// What every indicator's assessment shares: the pack, its period, the rule table.
struct AssessmentContext {
  let pack: Pack
  let packPeriod: Period?
  let rules: [Rule]

  /// The indicator's reporting period: the latest of its periodicity ending by the pack's
  /// period; for dated series the latest date in its data up to then.
  func reportingPeriod(of indicator: Indicator, observations: [Observation]) -> Period? {
    guard let packPeriod else { return observations.map(\.period).max() }
    if packPeriod.periodicity == indicator.periodicity { return packPeriod }
    let end = packPeriod.end
    if let period = Period.latest(indicator.periodicity, endingOnOrBefore: end) { return period }
    let dates = observations.map(\.period).filter { $0.end <= end }
    return dates.max() ?? Period(periodicity: .date, index: end.dayNumber)
  }

  func assess(_ indicator: Indicator, observations raw: [Observation]) -> IndicatorAssessment {
    let period = reportingPeriod(of: indicator, observations: raw)
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
      groups: groups, trend: trend, worseningStreakThreshold: pack.rules.worseningStreak)
    let flags = rules.flags(for: readings)
    let exceptionRules = Set(indicator.exceptions ?? pack.rules.exceptions)
    let exceptionFlags = flags.filter {
      exceptionRules.contains($0.rule) && $0.severity.canMakeException
    }
    return IndicatorAssessment(
      id: indicator.id, title: indicator.title, theme: indicator.theme,
      polarity: indicator.polarity, period: period, observations: observations, target: target,
      direction: direction, spc: spc, benchmarks: benchmarks, areaComparisons: againstEngland,
      groups: groups.map { GroupAssessment(group: $0.group.id, standing: $0.standing) },
      trend: trend, flags: flags, exceptionFlags: exceptionFlags)
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
