import Foundation
import IndicatorModel
import PackLoader

/// The files an import writes, built in memory, and what changed in the data.
struct MergedFiles {
  /// `<pack>/data/<id>.csv`.
  let dataPath: String
  /// The new indicator's definition; nil when the pack had one.
  let definitionPath: String?
  /// Paths and their new text, only those that change.
  let files: [(path: String, text: String)]
  let changes: ImportChanges
}

extension ImportSession {
  /// The indicator's data file with the rows merged in, and a new indicator's definition. The
  /// rows must all live in that one file, so a re-import can update them in place.
  func merge(_ export: ReadExport, rows: CheckedRows, indicator: Indicator) throws(ImportFailure)
    -> MergedFiles
  {
    let table = export.table
    let dataPath = "\(directory)/data/\(indicator.id).csv"
    if let elsewhere = pack.observations.first(where: {
      $0.indicator == indicator.id && $0.location?.file != dataPath
    }), let location = elsewhere.location {
      throw ImportFailure(
        "rows for \(indicator.id) are in \(location.file); move them into \(dataPath) so that the import can update them in one place",
        at: location)
    }
    var current: LocatedCSV?
    if FileManager.default.fileExists(atPath: dataPath) {
      switch LocatedCSV.read(path: dataPath) {
      case .success(let file): current = file
      case .failure(let diagnostic): throw ImportFailure([diagnostic])
      }
    }
    let update = DataFileUpdate(
      indicator: indicator, areaOrder: areas.map(\.code), existing: current)
    let byName = Dictionary(areas.map { ($0.name.lowercased(), $0.code) }) { a, _ in a }
    let named = Set(
      table.fileAreas.compactMap { packCodes.contains($0) ? $0 : byName[$0.lowercased()] })
    let (text, changes) = update.merge(rows.written, namedAreas: named)
    var files: [(path: String, text: String)] = []
    if !changes.isEmpty || current == nil { files.append((dataPath, text)) }
    var definitionPath: String?
    if existing == nil {
      let path = "\(directory)/indicators/\(indicator.id).yaml"
      let source =
        [table.publisher, table.sourceIndicatorID.map { "indicator \($0)" }]
        .compactMap { $0 }.joined(separator: ", ") + " (imported from \(table.fileName))"
      let file = NewIndicatorFile(
        indicator: indicator, source: source, measureInferred: request.measure == nil,
        themeDefaulted: request.theme == nil)
      files.append((path, file.text))
      definitionPath = path
    }
    return MergedFiles(
      dataPath: dataPath, definitionPath: definitionPath, files: files, changes: changes)
  }

  /// Writes the merged files, each through a temporary file and a rename.
  func write(_ merged: MergedFiles) throws(ImportFailure) {
    do {
      try AtomicFile.write(merged.files)
    } catch {
      let path = (error as? CocoaError)?.filePath ?? merged.dataPath
      let reason = FileProblem(error)?.reason(at: path) ?? FileProblem.describe(error)
      throw ImportFailure(
        "cannot write the file: \(reason)", at: SourceLocation(file: merged.dataPath))
    }
  }
}
