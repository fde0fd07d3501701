import Analysis
import IndicatorModel

extension Sparkline {
  /// The pack's area over the last ``maximumPoints`` periods of the trend chart, with the
  /// target in force at the reporting period.
  public init(indicator: Indicator, assessment: IndicatorAssessment, pack: Pack) {
    let timeline = AssessmentTimeline(assessment, area: pack.area.code)
    let reading = ChartReading(indicator: indicator, assessment: assessment, pack: pack)
    self.init(
      title: indicator.title, labels: timeline.periods.map(\.label),
      values: timeline.values(of: pack.area.code),
      target: ReferenceLine.target(indicator, assessment, periods: [])?.value,
      format: ValueFormat(indicator.measure),
      reading: [reading.targetSentence, reading.directionSentence].compactMap { $0 }
        .joined(separator: " "),
      periodNoun: indicator.periodicity.unitName.plural)
  }
}
