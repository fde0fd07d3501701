import IndicatorModel
import PackLoader

extension ImportSession {
  /// boardpack's comparisons of the export's rows against the publisher's own: the pack's
  /// observations with the imported ones over them, and other areas' rows read leniently.
  func crossCheck(_ export: ReadExport, rows: CheckedRows, indicator: Indicator)
    -> CrossCheckReport
  {
    var byKey: [String: Observation] = [:]
    for observation in pack.observations where observation.indicator == indicator.id {
      byKey["\(observation.area)|\(observation.period.index)"] = observation
    }
    for observation in rows.observations {
      byKey["\(observation.area)|\(observation.period.index)"] = observation
    }
    // Areas outside pack.yaml (`--areas all`) are read leniently: they are compared, not written.
    for row in export.table.rows where byKey["\(row.area)|\(row.period.index)"] == nil {
      func number(_ column: String) -> Double? {
        guard let text = row.cells[column], case .number(let value, _) = CellNumberReading(text)
        else { return nil }
        return value
      }
      byKey["\(row.area)|\(row.period.index)"] = Observation(
        indicator: indicator.id, period: row.period, area: row.area, value: number("value"),
        numerator: number("numerator"), denominator: number("denominator"),
        lowerCI: number("lower_ci"), upperCI: number("upper_ci"),
        status: row.cells["status"].flatMap(ObservationStatus.init(rawValue:)))
    }
    let names = Dictionary(pack.areasByCode.map { ($0.key, $0.value.name) }) { a, _ in a }
    let check = CrossCheck(
      indicator: indicator, observations: Array(byKey.values),
      englandCode: englandCode, comparatorCodes: Set(pack.comparators.map(\.area.code)),
      names: names)
    return check.run(export.table.rows)
  }

  /// What the import did, with advice for the officer.
  func outcome(
    _ export: ReadExport, rows: CheckedRows, indicator: Indicator, merged: MergedFiles,
    crossCheck: CrossCheckReport
  ) -> ImportOutcome {
    let table = export.table
    var notes: [String] = []
    if let existing, existing.measure.ci == .none,
      rows.written.contains(where: { $0.cells["lower_ci"] != nil })
    {
      notes.append(
        "\(existing.id) has measure.ci: none, so the published intervals just imported are not used; set ci: supplied in its definition to use them"
      )
    }
    if let older = merged.olderRelease {
      notes.append(
        "an older release, imported because of --accept-older: \(older.description)")
    }
    var names = Dictionary(areas.map { ($0.code, $0.name) }) { a, _ in a }
    for row in table.rows where names[row.area] == nil { names[row.area] = row.areaName }
    return ImportOutcome(
      indicator: indicator, dataPath: merged.dataPath, definitionPath: merged.definitionPath,
      rowsImported: rows.written.count, otherAreaRows: table.otherAreaRows,
      crossCheckedOnly: table.rows.count - rows.written.count, changes: merged.changes,
      crossCheck: crossCheck, notes: notes, areaNames: names,
      polaritySuggestion: merged.suggestion?.sentence)
  }
}
