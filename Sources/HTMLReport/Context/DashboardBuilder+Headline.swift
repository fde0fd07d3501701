import Analysis
import IndicatorModel
import Presentation

extension DashboardBuilder {
  /// The counts by status, the number of exceptions, and when the latest figures are from.
  func headline(_ assessed: [(Indicator, IndicatorAssessment)]) -> HeadlineContext {
    let summary = assessment.summary
    let order: [TargetStatus] = [.red, .amber, .green, .none]
    let statuses = order.map { status in
      let count = summary.targetStatus[status] ?? 0
      return StatusCount(
        status: status.rawValue, letter: Words.targetLetter(status),
        label: Words.targetLabel(status), count: count,
        countLabel: Self.plural(count, "measure"))
    }
    let counts = order.compactMap { status -> String? in
      let count = summary.targetStatus[status] ?? 0
      guard count > 0 else { return nil }
      return status == .none ? "\(count) with no target" : "\(count) \(status.rawValue)"
    }
    let n = summary.indicators
    let e = summary.exceptions
    let attention =
      e == 0
      ? "None needs the board's attention."
      : "\(e) \(e == 1 ? "needs" : "need") the board's attention."
    var sentence = "\(n) \(Self.plural(n, "measure"))"
    sentence += counts.isEmpty ? ". " : ": " + counts.joined(separator: ", ") + ". "
    sentence += attention

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
        countLabel: Self.plural($0.value, "measure"))
    }
    if noData > 0 {
      asAt.append(
        DataAsAt(label: "no figure yet", count: noData, countLabel: Self.plural(noData, "measure")))
    }
    return HeadlineContext(
      sentence: sentence, indicators: n, exceptions: e,
      exceptionsLabel: Self.plural(e, "exception"),
      exceptionsSentence:
        "\(e) \(Self.plural(e, "measure")) \(e == 1 ? "needs" : "need") the board's attention; "
        + "most severe first.",
      statuses: statuses, dataAsAt: asAt)
  }
}
