import Analysis
import IndicatorModel

extension TrendChart {
  /// The trend of an assessed indicator: the pack's area with its 95% intervals, the target
  /// (stepped where it is set by period) and amber threshold, and a line for each comparator
  /// area that has data (England, the region, named areas such as Leeds).
  ///
  /// A comparator group has no line: the assessment gives its mean at the reporting period
  /// only, and a chart never computes one (the compare chart shows the members).
  public init(indicator: Indicator, assessment: IndicatorAssessment, pack: Pack) {
    let timeline = AssessmentTimeline(assessment, area: pack.area.code)
    let area = timeline.observations(of: pack.area.code)
    let points = zip(timeline.periods, area).map { period, observation in
      Point(
        label: period.label, value: observation?.value, lower: observation?.ci?.lower,
        upper: observation?.ci?.upper, provisional: observation?.status == .provisional)
    }
    var comparators: [ComparatorSeries] = []
    for comparator in pack.comparators {
      let values = timeline.values(of: comparator.area.code)
      guard values.contains(where: { $0 != nil }) else { continue }
      let kind: ComparatorKind =
        switch comparator.role {
        case .national: .national
        case .region: .region
        case .named: .named
        }
      comparators.append(ComparatorSeries(name: comparator.area.name, kind: kind, values: values))
    }
    let reading = ChartReading(indicator: indicator, assessment: assessment, pack: pack)
    self.init(
      title: indicator.title, areaName: pack.area.name,
      valueAxisTitle: ChartWording.valueAxisTitle(indicator.measure),
      periodAxisTitle: ChartWording.periodAxisTitle(indicator.periodicity),
      format: ValueFormat(indicator.measure), points: points,
      target: ReferenceLine.target(indicator, assessment, periods: timeline.periods),
      amber: indicator.target?.amber.map { ReferenceLine(value: $0, label: "Amber threshold") },
      comparators: comparators, yFromZero: ChartWording.yFromZero(indicator),
      notes: ChartWording.footnotes(
        for: area, periods: timeline.periods, source: indicator.source),
      reading: reading.paragraph)
    labelCycle = indicator.periodicity.periodsPerYear ?? 1
  }
}

extension ReferenceLine {
  /// The indicator's target line: the value in force at the reporting period, stepped along
  /// `periods` when the target is set by period; nil without a target.
  static func target(_ indicator: Indicator, _ assessment: IndicatorAssessment, periods: [Period])
    -> ReferenceLine?
  {
    guard let target = indicator.target else { return nil }
    let current =
      assessment.target?.value ?? assessment.period.map(target.value(at:)) ?? target.value
    let steps = target.byPeriod.isEmpty ? [] : periods.map { Optional(target.value(at: $0)) }
    return ReferenceLine(value: current, label: ChartWording.targetLabel(target), steps: steps)
  }
}
