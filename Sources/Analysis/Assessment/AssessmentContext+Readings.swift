import IndicatorModel

extension AssessmentContext {
  /// The period before, for a dated series the area's previous observation with a value.
  func previous(of period: Period, area: String, series: SeriesIndex) -> Period? {
    if let previous = period.previous { return previous }
    return series.byArea[area]?.last { $0.period < period && $0.value != nil }?.period
  }

  /// The same period a year earlier; for a dated series the latest observation on or before
  /// the same date a year earlier.
  func yearAgo(of period: Period, area: String, series: SeriesIndex) -> Period? {
    guard let target = period.yearAgo else { return nil }
    if period.periodicity != .date { return target }
    return series.byArea[area]?.last { $0.period <= target && $0.value != nil }?.period
  }

  /// The area's observation with a value five years before the period; nil for dated series,
  /// whose dates need not line up year on year.
  func fiveYearsAgo(of period: Period, series: SeriesIndex) -> ObservationAssessment? {
    guard let perYear = period.periodicity.periodsPerYear else { return nil }
    let earlier = Period(periodicity: period.periodicity, index: period.index - 5 * perYear)
    guard let observation = series.at(earlier, area: pack.area.code), observation.value != nil
    else { return nil }
    return observation
  }

  func targetAssessment(_ indicator: Indicator, period: Period, series: SeriesIndex)
    -> TargetAssessment?
  {
    guard let target = indicator.target else { return nil }
    let area = pack.area.code
    let figures = series.figures(period, area: area)
    let status = target.status(of: figures, at: period, polarity: indicator.polarity)
    // Consecutive periods not green, ending at the reporting period; a gap ends the run.
    var offTarget = 0
    var cursor: Period? = period
    while let current = cursor {
      let state = target.status(
        of: series.figures(current, area: area), at: current, polarity: indicator.polarity)
      guard state == .red || state == .amber else { break }
      offTarget += 1
      cursor = previous(of: current, area: area, series: series)
    }
    return TargetAssessment(
      value: target.value(at: period), amber: target.amber, status: status,
      gap: figures.value.map { $0 - target.value(at: period) }, periodsOffTarget: offTarget,
      label: target.label)
  }

  func directionAssessment(_ indicator: Indicator, period: Period, series: SeriesIndex)
    -> (DirectionAssessment, ObservationAssessment?)
  {
    let area = pack.area.code
    let now = series.figures(period, area: area)
    let polarity = indicator.polarity
    func movement(from earlier: Period?) -> (Direction?, Movement?) {
      guard let earlier else { return (nil, nil) }
      let then = series.figures(earlier, area: area)
      let reading = direction(from: then, to: now, polarity: polarity)
      return (
        reading,
        Movement(
          from: (earlier, then), to: (period, now), direction: reading,
          measure: indicator.measure)
      )
    }
    let (previousReading, previousMovement) = movement(
      from: previous(of: period, area: area, series: series))
    let yearAgoPeriod = yearAgo(of: period, area: area, series: series)
    let (yearAgoReading, yearAgoMovement) = movement(from: yearAgoPeriod)
    var streak = 0
    var cursor = period
    while let before = previous(of: cursor, area: area, series: series),
      direction(
        from: series.figures(before, area: area), to: series.figures(cursor, area: area),
        polarity: polarity) == .worsened
    {
      streak += 1
      cursor = before
    }
    return (
      DirectionAssessment(
        previous: previousReading, yearAgo: yearAgoReading, worseningStreak: streak,
        previousMovement: previousMovement, yearAgoMovement: yearAgoMovement),
      yearAgoPeriod.flatMap { series.at($0, area: area) }
    )
  }

  func spcResult(_ indicator: Indicator, period: Period, series: SeriesIndex) -> SPCResult? {
    let own = series.byArea[pack.area.code] ?? []
    guard let first = own.first(where: { $0.value != nil }) else { return nil }
    var inputs: [SPCInput] = []
    if period.periodicity == .date {
      inputs = own.filter { $0.period >= first.period }.map {
        SPCInput(
          period: $0.period, value: $0.value, numerator: $0.numerator,
          denominator: $0.denominator)
      }
    } else if first.period.periodicity == period.periodicity {
      for index in first.period.index...max(first.period.index, period.index) {
        let p = Period(periodicity: period.periodicity, index: index)
        let o = series.at(p, area: pack.area.code)
        inputs.append(
          SPCInput(period: p, value: o?.value, numerator: o?.numerator, denominator: o?.denominator)
        )
      }
    }
    guard !inputs.isEmpty else { return nil }
    return analyseSPC(
      inputs, options: indicator.spc, polarity: indicator.polarity,
      target: indicator.target?.value(at: period), multiplier: indicator.measure.multiplier)
  }

  /// One entry per comparator area per period where the area or the comparator has a value. A
  /// comparison that cannot be made is `not-compared` with its reason, never left out.
  func benchmarkAssessments(_ indicator: Indicator, series: SeriesIndex) -> [BenchmarkAssessment] {
    let ownPeriods = (series.byArea[pack.area.code] ?? []).filter { $0.value != nil }.map(\.period)
    return pack.comparators.flatMap { comparator in
      let theirPeriods = (series.byArea[comparator.area.code] ?? []).filter { $0.value != nil }
        .map(\.period)
      return Set(ownPeriods + theirPeriods).sorted().map { period in
        benchmark(indicator, comparator, period, series: series)
      }
    }
  }

  /// The area against one comparator at one period, with the reason when not compared.
  func benchmark(
    _ indicator: Indicator, _ comparator: ComparatorArea, _ period: Period, series: SeriesIndex
  ) -> BenchmarkAssessment {
    let theirs = series.at(period, area: comparator.area.code)?.value
    let own = series.figures(period, area: pack.area.code)
    let comparison =
      theirs == nil
      ? BenchmarkComparison.notCompared
      : compareWithBenchmark(
        own, benchmark: theirs, polarity: indicator.polarity, method: indicator.comparison)
    let reason: NotComparedReason? =
      comparison != .notCompared
      ? nil : theirs == nil ? .noComparatorFigure : own.value == nil ? .noAreaFigure : .noInterval
    return BenchmarkAssessment(
      comparator: comparator.area.code, period: period, value: theirs, comparison: comparison,
      method: indicator.comparison, reason: reason)
  }

  /// Comparators with a value at the reporting period; the others are not mentioned.
  func comparatorReadings(_ indicator: Indicator, period: Period, series: SeriesIndex)
    -> [ComparatorReading]
  {
    pack.comparators.compactMap { comparator in
      guard let value = series.at(period, area: comparator.area.code)?.value else { return nil }
      return ComparatorReading(
        comparator: comparator, value: value,
        comparison: compareWithBenchmark(
          series.figures(period, area: pack.area.code), benchmark: value,
          polarity: indicator.polarity, method: indicator.comparison))
    }
  }

  func groupStandings(_ indicator: Indicator, period: Period, series: SeriesIndex)
    -> [(group: ComparatorGroup, standing: GroupStanding)]
  {
    // A group where no member has a figure at the period is left out: a mean of nothing and
    // "1st of 1" would read as a standing when there is none (the JSON's `groups` then has no
    // entry for it, rather than `{mean: null, rank: 1, of: 1}`).
    pack.groups.compactMap { group in
      let members = group.members.filter { $0.code != pack.area.code }
      let values = members.compactMap { series.at(period, area: $0.code)?.value }
      guard !values.isEmpty else { return nil }
      let standing = groupStanding(
        areaValue: series.at(period, area: pack.area.code)?.value, memberValues: values,
        polarity: indicator.polarity)
      return (group, standing)
    }
  }

  /// The recent-trend test, for annual proportions and rates only.
  func recentTrendReading(_ indicator: Indicator, own: [ObservationAssessment]) -> RecentTrend? {
    guard indicator.periodicity.isAnnual,
      indicator.measure.type == .proportion || indicator.measure.type == .rate
    else { return nil }
    let valid = own.compactMap { o -> TrendPoint? in
      guard let value = o.value, let bounds = o.ci?.bounds, let x = o.numerator,
        let n = o.denominator, x < n
      else { return nil }
      return TrendPoint(value: value, lower: bounds.lower, upper: bounds.upper)
    }
    return recentTrend(valid, polarity: indicator.polarity)
  }
}

extension AssessmentContext {
  /// Every area the compare chart shows with a figure at the period — the pack's area, each
  /// comparator area but the national one, each group member — against the national figure, by
  /// the same method as the area's own comparison (`benchmarkAssessments`). In that order, each
  /// area once.
  func areaComparisons(_ indicator: Indicator, period: Period, series: SeriesIndex)
    -> [AreaComparison]
  {
    let national = pack.national.flatMap { series.at(period, area: $0.area.code)?.value }
    let codes =
      [pack.area.code]
      + pack.comparators.filter { $0.role != .national }.map(\.area.code)
      + pack.groups.flatMap { $0.members.map(\.code) }
    var seen: Set<String> = []
    return codes.compactMap { code in
      guard seen.insert(code).inserted, let value = series.at(period, area: code)?.value else {
        return nil
      }
      return AreaComparison(
        area: code, value: value,
        comparison: compareWithBenchmark(
          series.figures(period, area: code), benchmark: national,
          polarity: indicator.polarity, method: indicator.comparison),
        method: indicator.comparison)
    }
  }
}
