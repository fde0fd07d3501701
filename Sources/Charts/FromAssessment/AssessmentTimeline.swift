import Analysis
import IndicatorModel

/// The periods along a chart's time axis, and each area's observation at each of them.
///
/// Every period from the area's first figure to the reporting period is on the axis, so a
/// period with no row, or a row with no value, is a gap rather than a silent join. Dated series
/// (`2019-09-30`) have no regular step, so their axis is the dates the data has.
struct AssessmentTimeline {
  /// Oldest first.
  let periods: [Period]
  private let byArea: [String: [Period: ObservationAssessment]]

  init(_ assessment: IndicatorAssessment, area: String) {
    var byArea: [String: [Period: ObservationAssessment]] = [:]
    for observation in assessment.observations {
      byArea[observation.area, default: [:]][observation.period] = observation
    }
    self.byArea = byArea
    // The area's own periods set the span; with no row for the area at all, every area's do.
    let own = byArea[area].map { Array($0.keys) } ?? []
    let spanning = own.isEmpty ? assessment.observations.map(\.period) : own
    var ends = spanning
    if let period = assessment.period, !spanning.isEmpty,
      period.periodicity == spanning[0].periodicity
    {
      ends.append(period)
    }
    guard let first = ends.min(), let last = ends.max() else {
      periods = assessment.period.map { [$0] } ?? []
      return
    }
    if first.periodicity == .date {
      periods = Set(ends).sorted()
    } else {
      periods = (first.index...last.index).map {
        Period(periodicity: first.periodicity, index: $0)
      }
    }
  }

  /// The area's observation at each period of the axis (nil where it has no row).
  func observations(of area: String) -> [ObservationAssessment?] {
    let rows = byArea[area] ?? [:]
    return periods.map { rows[$0] }
  }

  /// The area's observation at one period.
  func observation(of area: String, at period: Period) -> ObservationAssessment? {
    byArea[area]?[period]
  }

  /// The area's values along the axis; nil where missing.
  func values(of area: String) -> [Double?] {
    observations(of: area).map { $0?.value }
  }
}
