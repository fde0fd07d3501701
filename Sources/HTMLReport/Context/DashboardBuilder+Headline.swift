import Analysis
import IndicatorModel
import Presentation

extension DashboardBuilder {
  /// The counts by status, the number of exceptions, and when the latest figures are from.
  func headline(_ assessed: [(Indicator, IndicatorAssessment)]) -> HeadlineContext {
    let summary = assessment.summary
    let order: [TargetStatus] = [.red, .amber, .green, .none]
    var statuses = order.map { status in
      let count = summary.targetStatus[status] ?? 0
      return StatusCount(
        status: status.rawValue, letter: Words.targetLetter(status),
        label: Words.targetLabel(status), count: count,
        countLabel: Self.plural(count, "indicator"))
    }
    if summary.noFigure > 0 {
      statuses.insert(
        StatusCount(
          status: TargetStatus.none.rawValue, letter: Words.targetLetter(TargetStatus.none),
          label: "No figure yet", count: summary.noFigure,
          countLabel: Self.plural(summary.noFigure, "indicator")),
        at: statuses.count - 1)
    }
    let n = summary.indicators
    let e = summary.exceptions

    // The period of each indicator's latest figure for the area, latest first.
    var byPeriod: [Period: Int] = [:]
    var noData = 0
    for (_, indicator) in assessed {
      if let latest = indicator.series(area: pack.area.code).last(where: { $0.value != nil }) {
        byPeriod[latest.period, default: 0] += 1
      } else {
        noData += 1
      }
    }
    var asAt = byPeriod.sorted {
      $0.key.end != $1.key.end ? $0.key.end > $1.key.end : $0.key < $1.key
    }
    .map {
      DataAsAt(
        label: Words.period($0.key), count: $0.value,
        countLabel: Self.plural($0.value, "indicator"))
    }
    if noData > 0 {
      asAt.append(
        DataAsAt(
          label: "no figure yet", count: noData, countLabel: Self.plural(noData, "indicator")))
    }
    return HeadlineContext(
      sentence: Words.headline(summary), indicators: n, exceptions: e,
      exceptionsLabel: Self.plural(e, "exception"),
      exceptionsSentence: Words.exceptionsIntro(e),
      statuses: statuses, dataAsAt: asAt)
  }
}
