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
