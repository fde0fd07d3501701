import IndicatorModel
import PackLoader

/// The rows to write (the pack's areas only) and the observations they make.
struct CheckedRows {
  let written: [ImportedRow]
  let observations: [Observation]
}

extension ImportSession {
  /// Checks each row of the pack's areas exactly as a data file's rows are checked; every
  /// problem is reported, and none is written.
  func checkRows(_ export: ReadExport, indicator: Indicator) throws(ImportFailure) -> CheckedRows {
    let written = export.table.rows.filter { packCodes.contains($0.area) }
    var observations: [Observation] = []
    var problems: [Diagnostic] = []
    for row in written {
      var cells = row.cells
      cells["indicator"] = indicator.id
      cells["period"] = row.period.label
      cells["area"] = row.area
      let checked = DataRowCheck.check(
        cells: cells, locations: row.locations, row: row.location, indicator: indicator,
        areas: areas)
      if let observation = checked.observation { observations.append(observation) }
      problems += checked.errors
    }
    guard problems.isEmpty else { throw ImportFailure(problems) }
    return CheckedRows(written: written, observations: observations)
  }
}
