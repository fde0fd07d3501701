import Analysis
import IndicatorModel

/// Runs the rules engine's own comparison and trend functions on the imported data and sets
/// each reading beside the publisher's (design §3, `import`).
struct CrossCheck {
  let indicator: Indicator
  /// Every observation of the indicator after the import, for every area in the export (and
  /// the pack's earlier years, which the trend needs).
  let observations: [Observation]
  /// England's code: the pack's national comparator, else the ONS code.
  let englandCode: String
  /// The pack's comparators (England, the region): the pack compares its areas with them, never
  /// them with England.
  let comparatorCodes: Set<String>
  /// Area names, for messages.
  let names: [String: String]

  func run(_ rows: [ImportedRow]) -> CrossCheckReport {
    var report = CrossCheckReport()
    let measure = indicator.measure
    var byKey: [String: Observation] = [:]
    var byArea: [String: [Observation]] = [:]
    for observation in observations {
      byKey["\(observation.area)|\(observation.period.index)"] = observation
      byArea[observation.area, default: []].append(observation)
    }
    func value(_ area: String, _ period: Period) -> Double? {
      byKey["\(area)|\(period.index)"].flatMap { measure.figures(for: $0).value }
    }
    let latestByArea = Dictionary(grouping: rows, by: \.area).mapValues { $0.map(\.period).max()! }
    for row in rows {
      guard let observation = byKey["\(row.area)|\(row.period.index)"] else { continue }
      let figures = measure.figures(for: observation)
      if let label = row.published.england, row.area != englandCode {
        compare(
          label, figures: figures, benchmark: value(englandCode, row.period), kind: .england,
          comparator: "England", row: row, into: &report)
      }
      if let label = row.published.parent, let parent = row.published.parentCode,
        parent != row.area
      {
        let name = names[parent] ?? row.published.parentName ?? parent
        compare(
          label, figures: figures, benchmark: value(parent, row.period), kind: .parent,
          comparator: name, row: row, into: &report)
      }
      if let label = row.published.trend, latestByArea[row.area] == row.period {
        trend(label, row: row, series: byArea[row.area] ?? [], into: &report)
      }
    }
    return report
  }

  private func compare(
    _ label: String, figures: ObservationFigures, benchmark: Double?,
    kind: CrossCheckReport.Kind, comparator: String, row: ImportedRow,
    into report: inout CrossCheckReport
  ) {
    guard let published = PublishedLabel.comparison(label) else {
      report.notChecked["published labels with no boardpack equivalent", default: 0] += 1
      return
    }
    guard benchmark != nil || published == .notCompared else {
      report.notChecked["with no \(comparator) value in the export or the pack", default: 0] += 1
      return
    }
    let computed = compareWithBenchmark(
      figures, benchmark: benchmark, polarity: indicator.polarity, method: indicator.comparison)
    // "Not compared" for a comparator's own row agrees: the pack never compares a comparator.
    let agrees =
      computed == published || (published == .notCompared && comparatorCodes.contains(row.area))
    report.checks.append(
      CrossCheckReport.Check(
        kind: kind, area: row.area, areaName: row.areaName ?? names[row.area], period: row.period,
        comparator: comparator, published: label, computed: computed.rawValue, agrees: agrees,
        pattern: agrees ? nil : Self.pattern(published: published, computed: computed)))
  }

  private func trend(
    _ label: String, row: ImportedRow, series: [Observation], into report: inout CrossCheckReport
  ) {
    guard let published = PublishedLabel.trend(label) else {
      report.notChecked["published trends with no boardpack equivalent", default: 0] += 1
      return
    }
    let measure = indicator.measure
    guard indicator.periodicity.isAnnual, measure.type == .proportion || measure.type == .rate
    else {
      report.notChecked["trends (the test is for annual rates and proportions)", default: 0] += 1
      return
    }
    // The same valid points as the assessment uses: value, interval, count below denominator.
    let points = series.filter { $0.period <= row.period }.sorted { $0.period < $1.period }
      .compactMap { o -> TrendPoint? in
        let figures = measure.figures(for: o)
        guard let value = figures.value, let bounds = figures.ci95?.bounds, let x = o.numerator,
          let n = o.denominator, x < n
        else { return nil }
        return TrendPoint(value: value, lower: bounds.lower, upper: bounds.upper)
      }
    let computed = recentTrend(points, polarity: indicator.polarity).result
    let agrees = computed == published
    var pattern: DisagreementPattern?
    if !agrees {
      if computed == .cannotBeCalculated {
        pattern = .trendMissingYears
      } else if [.increasing, .decreasing].contains(computed) && published != .noSignificantChange {
        pattern = .unjudged
      } else {
        pattern = .trendDiffers
      }
    }
    report.checks.append(
      CrossCheckReport.Check(
        kind: .trend, area: row.area, areaName: row.areaName ?? names[row.area], period: row.period,
        comparator: "recent trend", published: label, computed: computed.rawValue, agrees: agrees,
        pattern: pattern))
  }

  static func pattern(published: BenchmarkComparison, computed: BenchmarkComparison)
    -> DisagreementPattern?
  {
    let judged: Set<BenchmarkComparison> = [.better, .worse, .better998, .worse998]
    let directional: Set<BenchmarkComparison> = [.higher, .lower, .higher998, .lower998]
    if computed == .notCompared { return .boardpackNotCompared }
    if published == .notCompared { return .publisherNotCompared }
    if (published.isBetter && computed.isWorse) || (published.isWorse && computed.isBetter) {
      return .reversed
    }
    if judged.contains(published) && directional.contains(computed) { return .unjudged }
    if published == .similar { return .stricter }
    if computed == .similar { return .looser }
    return nil
  }
}
