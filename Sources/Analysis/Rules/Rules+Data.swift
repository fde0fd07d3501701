import IndicatorModel

/// `missing-data`: no figure at the reporting period. With earlier data it is a watch (and by
/// default an exception); with none at all it is information only — a series that starts
/// later than the pack is not the board's problem this quarter.
@Sendable func missingDataFlag(_ r: IndicatorReadings) -> Flag? {
  guard r.value == nil, let period = r.period else { return nil }
  if let latest = r.latestWithData {
    // With a publication schedule the figure was due by now, so "yet" would excuse it.
    let missing =
      r.indicator.published.map {
        "No figure for \(period.shownLabel), which was due by \($0.due(period).monthInWords)"
      } ?? "No figure for \(period.shownLabel) yet"
    return Flag(
      rule: .missingData, severity: .watch,
      message:
        "\(missing); the latest is \(latest.period.shownLabel) (\(r.measure.display(latest.value)))."
    )
  }
  let start = r.firstAfter.map { "; the first figure is for \($0.shownLabel)" } ?? ""
  return Flag(
    rule: .missingData, severity: .info,
    message: "No figures for \(r.area.name) at or before \(period.shownLabel)\(start).")
}

/// `provisional`: the reporting period's figure may still change.
@Sendable func provisionalFlag(_ r: IndicatorReadings) -> Flag? {
  guard let latest = r.latest, latest.value != nil, latest.status == .provisional else {
    return nil
  }
  return Flag(
    rule: .provisional, severity: .info,
    message:
      "The \(latest.period.shownLabel) figure (\(r.measure.display(latest.value))) is provisional.")
}

/// `action-overdue`: an action from an earlier meeting fell due and is not closed — a watch,
/// not an exception unless the pack's rules say so.
@Sendable func actionOverdueFlag(_ r: IndicatorReadings) -> Flag? {
  let overdue = r.actions.filter { $0.state == .overdue }
  guard !overdue.isEmpty else { return nil }
  let listed = overdue.map {
    "\"\($0.action.action)\" (\($0.action.owner), from \($0.raised.shownLabel), due \($0.due.inWords))"
  }
  let lead =
    overdue.count == 1
    ? "An action from an earlier meeting is overdue: "
    : "\(overdue.count) actions from earlier meetings are overdue: "
  return Flag(
    rule: .actionOverdue, severity: .watch, message: lead + listed.joined(separator: "; ") + ".")
}
