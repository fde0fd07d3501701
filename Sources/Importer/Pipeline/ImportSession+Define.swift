import IndicatorModel
import PackLoader

extension ImportSession {
  /// The pack's definition, or a new one from the export: its measure inferred from the rows
  /// unless given, its polarity unset until the officer chooses.
  func indicator(for export: ReadExport) throws(ImportFailure) -> Indicator {
    if let existing { return existing }
    let table = export.table
    let theme = try newTheme()
    guard pack.themes.contains(where: { $0.id == theme }) else {
      throw ImportFailure(
        "unknown theme \"\(theme)\"\(NearestName.hint(for: theme, in: pack.themes.map(\.id)))",
        at: SourceLocation(file: "\(directory)/pack.yaml"))
    }
    let spec =
      request.measure ?? MeasureSpec.inferred(from: table.rows)
      ?? MeasureSpec(type: .value, multiplier: 1)
    let hasCIs = table.rows.contains { $0.cells["lower_ci"] != nil || $0.cells["upper_ci"] != nil }
    var measure = spec.measure(hasPublishedCIs: hasCIs)
    if !hasCIs && !table.rows.contains(where: { $0.cells["denominator"] != nil })
      && spec.type != .count
    {
      measure.ci = .none
    }
    return Indicator(
      id: request.indicatorID, title: request.title ?? table.indicatorName ?? request.indicatorID,
      theme: theme, measure: measure, polarity: .noJudgement, periodicity: export.periodicity,
      polarityIsSet: false)
  }

  /// `--theme`, or the pack's only theme. With several themes there is no good guess (a first
  /// theme put injury admissions under "staying safe"), so the import asks.
  private func newTheme() throws(ImportFailure) -> String {
    if let theme = request.theme { return theme }
    if pack.themes.count == 1 { return pack.themes[0].id }
    let listed = pack.themes.map { "\($0.id) (\($0.title))" }.joined(separator: ", ")
    throw ImportFailure(
      "\(request.indicatorID) is a new indicator: say which theme it belongs to with --theme, one of \(listed)",
      at: SourceLocation(file: "\(directory)/pack.yaml"))
  }
}
