import Foundation
import IndicatorModel

/// Checks one row in the pack's data format exactly as `data/*.csv` rows are checked, for
/// tools that produce rows from elsewhere (`boardpack import`): errors point at the place the
/// caller gives for each column, such as the cell of the export the value came from.
public enum DataRowCheck {
  /// The pack-format columns, in file order.
  public static let columns = DataFileReader.columns

  /// The observation, or nil with the errors that stop the row from loading.
  ///
  /// - Parameters:
  ///   - cells: text by pack column name (`value`, `numerator`, …); absent means empty.
  ///   - locations: where each column's text came from; the row's location otherwise.
  ///   - row: where the row is, for errors about the row as a whole.
  ///   - indicator: the row's indicator (its periodicity and measure decide the checks).
  ///   - areas: the areas the row may name.
  public static func check(
    cells: [String: String], locations: [String: SourceLocation], row: SourceLocation,
    indicator: Indicator, areas: [Area]
  ) -> (observation: Observation?, errors: [Diagnostic]) {
    let log = DiagnosticLog()
    let fields = columns.map { cells[$0] ?? "" }
    let columnIndex = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) })
    let rowCells = RowCells(
      fields: fields, columns: columnIndex,
      locate: { i in locations[columns[i]] ?? row })
    let reader = DataFileReader(
      file: TextFile(path: row.file, text: "", digest: FileBytes(Data())), log: log,
      indicators: [indicator.id: indicator],
      brokenIndicators: [], areas: AreaDirectory(areas))
    guard var observation = reader.readRow(rowCells, line: row.line), log.items.isEmpty else {
      return (nil, log.items)
    }
    observation.location = row
    return (observation, [])
  }
}
