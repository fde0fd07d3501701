import IndicatorModel
import PackLoader

/// The new text of an indicator's data file after an import, and what changed.
///
/// Rows already in the file keep their place and their text; a revised row is replaced where
/// it stands; new rows are appended in period order, the pack's area first; rows for another
/// indicator are left as they are. A row the export covers (its period and area are in the
/// import) but no longer has is removed and reported.
struct DataFileUpdate {
  let indicator: Indicator
  /// The pack's areas in pack order (its own, comparators, group members).
  let areaOrder: [String]
  /// The existing file, nil when there is none.
  let existing: LocatedCSV?

  static let numericColumns = ["value", "numerator", "denominator", "lower_ci", "upper_ci"]

  /// - Parameter namedAreas: the area codes the export names at all; only their rows can
  ///   disappear.
  func merge(_ imported: [ImportedRow], namedAreas: Set<String>) -> (
    text: String, changes: ImportChanges
  ) {
    let columns =
      existing?.header.map { $0.cells.map { $0.text.trimmingCharacters(in: .whitespaces) } }
      ?? DataRowCheck.columns
    var rows: [[String: String]] = (existing?.rows ?? []).map { row in
      var cells: [String: String] = [:]
      for (i, cell) in row.cells.enumerated() where i < columns.count {
        cells[columns[i]] = cell.text
      }
      return cells
    }
    var changes = ImportChanges()
    let importedByKey = Dictionary(imported.map { (key($0.period, $0.area), $0) }) { a, _ in a }
    let coveredPeriods = Set(imported.map(\.period))
    let coveredAreas = namedAreas.union(imported.map(\.area))
    var matched: Set<String> = []
    var removed: Set<Int> = []
    for (i, cells) in rows.enumerated() {
      guard cells["indicator"]?.trimmingCharacters(in: .whitespaces) == indicator.id,
        let label = cells["period"], let period = Period(label, periodicity: indicator.periodicity),
        let area = cells["area"]?.trimmingCharacters(in: .whitespaces)
      else { continue }
      let rowKey = key(period, area)
      guard let new = importedByKey[rowKey] else {
        if coveredPeriods.contains(period) && coveredAreas.contains(area) {
          removed.insert(i)
          changes.disappeared.append(ImportChanges.Row(period: period, area: area, cells: cells))
        }
        continue
      }
      matched.insert(rowKey)
      var replacement = packCells(new)
      // An officer's note on a row, and the day the board first had the figure, stay when the
      // publisher gives none.
      for column in ["note", "published"] where replacement[column] == nil {
        if let kept = cells[column], !kept.isEmpty { replacement[column] = kept }
      }
      let differences = self.differences(old: cells, new: replacement)
      if differences.isEmpty {
        changes.unchanged += 1
      } else {
        changes.revised.append(
          ImportChanges.Revision(period: period, area: area, changes: differences))
        rows[i] = replacement
      }
    }
    rows = rows.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
    let rank = Dictionary(areaOrder.enumerated().map { ($1, $0) }) { a, _ in a }
    let added = imported.filter { !matched.contains(key($0.period, $0.area)) }
      .sorted { a, b in
        a.period != b.period
          ? a.period < b.period
          : (rank[a.area] ?? Int.max, a.area) < (rank[b.area] ?? Int.max, b.area)
      }
    for row in added {
      let cells = packCells(row)
      rows.append(cells)
      changes.added.append(ImportChanges.Row(period: row.period, area: row.area, cells: cells))
    }
    let lines =
      [columns.map(CSVText.field).joined(separator: ",")]
      + rows.map { cells in columns.map { CSVText.field(cells[$0] ?? "") }.joined(separator: ",") }
    return (lines.joined(separator: "\n") + "\n", changes)
  }

  private func key(_ period: Period, _ area: String) -> String { "\(period.index)|\(area)" }

  /// The row as the pack writes it.
  func packCells(_ row: ImportedRow) -> [String: String] {
    var cells = row.cells
    cells["indicator"] = indicator.id
    cells["period"] = row.period.label
    cells["area"] = row.area
    return cells
  }

  /// The columns whose figures differ: numbers by value (`74588` and `74,588` are one
  /// number), status and note by text.
  private func differences(old: [String: String], new: [String: String]) -> [(
    column: String, old: String, new: String
  )] {
    var result: [(String, String, String)] = []
    for column in DataRowCheck.columns where !["indicator", "period", "area"].contains(column) {
      let a = (old[column] ?? "").trimmingCharacters(in: .whitespaces)
      let b = (new[column] ?? "").trimmingCharacters(in: .whitespaces)
      let same: Bool
      if Self.numericColumns.contains(column), case .number(let x, _) = CellNumberReading(a),
        case .number(let y, _) = CellNumberReading(b)
      {
        same = x == y
      } else {
        same = a == b
      }
      if !same { result.append((column, a, b)) }
    }
    return result
  }
}
