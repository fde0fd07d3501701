import IndicatorModel
import PackLoader

/// The export as read: its file, its rows in the pack's format, and their periodicity.
struct ReadExport {
  let csv: LocatedCSV
  let table: ExportTable
  let periodicity: Periodicity
}

extension ImportSession {
  /// Reads the export with the reader for its source; it must have rows for the pack's area.
  func readExport() throws(ImportFailure) -> ReadExport {
    let csv: LocatedCSV
    switch LocatedCSV.read(path: request.file) {
    case .success(let table): csv = table
    case .failure(let diagnostic): throw ImportFailure([diagnostic])
    }
    let (table, periodicity) = try read(csv)
    guard table.rows.contains(where: { $0.area == pack.area.code }) else {
      let near = NearestName.nearest(to: pack.area.code, in: table.fileAreas).map {
        " (did you mean \"\($0)\"?)"
      }
      let sample = table.fileAreas.prefix(5).joined(separator: ", ")
      throw ImportFailure(
        "the file has no rows for the pack's area \(pack.area.name) (\(pack.area.code))\(near ?? (sample.isEmpty ? "" : "; its areas include \(sample)"))",
        at: SourceLocation(file: csv.path))
    }
    return ReadExport(csv: csv, table: table, periodicity: periodicity)
  }

  private func read(_ csv: LocatedCSV) throws(ImportFailure) -> (ExportTable, Periodicity) {
    let periodicity = existing?.periodicity ?? request.periodicity
    do {
      switch request.source {
      case .fingertips(let options):
        return try FingertipsReader(
          csv: csv, options: options, packAreas: packCodes, periodicity: periodicity
        ).read()
      case .csv(let mapping):
        return try MappedReader(csv: csv, mapping: mapping, areas: areas, periodicity: periodicity)
          .read()
      }
    } catch let failure as ImportFailure {
      throw failure
    } catch {
      throw ImportFailure("\(error)", at: SourceLocation(file: csv.path))
    }
  }
}
