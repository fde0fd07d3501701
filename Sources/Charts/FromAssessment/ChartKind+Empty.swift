import Analysis
import IndicatorModel

extension ChartKind {
  /// Why this chart of an indicator has nothing to draw, in the one sentence every output gives
  /// in its place; nil when there is something to draw. No output draws empty axes or writes a
  /// chart file for a chart with nothing on it.
  ///
  /// With no figure for the area by the reporting period, it is the `missing-data` flag's
  /// sentence ("No figures for Stockport at or before 2013/14 Q4; the first figure is for
  /// 2016/17."); a comparison needs a figure for the area and at least one other area.
  public func emptySentence(indicator: Indicator, assessment: IndicatorAssessment, pack: Pack)
    -> String?
  {
    let series = assessment.series(area: pack.area.code)
    let byPeriod = series.filter { point in
      point.value != nil && assessment.period.map { point.period <= $0 } == true
    }
    if byPeriod.isEmpty { return Self.noFigures(assessment, pack: pack) }
    guard self == .compare else { return nil }
    let atPeriod = series.last { $0.period == assessment.period }?.value
    guard atPeriod != nil else { return Self.noFigures(assessment, pack: pack) }
    let chart = CompareChart(indicator: indicator, assessment: assessment, pack: pack)
    let others = chart.bars.filter { $0.role != .area && $0.value != nil }
    return others.isEmpty
      ? "No other area has a figure for \(chart.periodLabel) to compare with." : nil
  }

  /// The `missing-data` flag's sentence, or one in its words when the rule did not run.
  static func noFigures(_ assessment: IndicatorAssessment, pack: Pack) -> String {
    assessment.flags.first { $0.rule == .missingData }?.message
      ?? "No figures for \(pack.area.name) yet."
  }
}
