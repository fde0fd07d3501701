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
  /// Set when the export's latest figure for the pack's area is older than the pack's (accepted
  /// with `--accept-older`).
  let olderRelease: OlderRelease?
  /// For a new indicator, the polarity the export's labels suggest.
  let suggestion: PolaritySuggestion?
}

/// An export that ends before the data the pack already holds: an older release.
struct OlderRelease {
  /// The export's latest period for the pack's own area.
  let exportLatest: Period
  /// The pack's latest period for that indicator and area.
  let packLatest: Period
  /// The pack's own area's name.
  let areaName: String
  /// Rows the import would revise.
  let revisions: Int
  /// The export's row for the pack's area at `exportLatest`.
  let location: SourceLocation?

  var description: String {
    "its latest figure for \(areaName) is for \(exportLatest.label), but the pack already holds \(packLatest.label)"
  }
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
    let older = olderRelease(rows.written, indicator: indicator, changes: changes)
    if let older, !request.acceptOlder {
      let revising =
        older.revisions == 0
        ? ""
        : ", and importing it would overwrite \(older.revisions) figure\(older.revisions == 1 ? "" : "s") with older ones"
      throw ImportFailure(
        "this export looks like an older release: \(older.description)\(revising); download the latest release, or give --accept-older to import it anyway",
        at: older.location ?? SourceLocation(file: request.file))
    }
    var files: [(path: String, text: String)] = []
    if !changes.isEmpty || current == nil { files.append((dataPath, text)) }
    var definitionPath: String?
    let suggestion =
      existing == nil
      ? PolaritySuggestion(rows: table.rows + table.otherRows, englandCode: englandCode) : nil
    if existing == nil {
      let path = "\(directory)/indicators/\(indicator.id).yaml"
      let source =
        [table.publisher, table.sourceIndicatorID.map { "indicator \($0)" }]
        .compactMap { $0 }.joined(separator: ", ") + " (imported from \(table.fileName))"
      let file = NewIndicatorFile(
        indicator: indicator, source: source, measureInferred: request.measure == nil,
        themeDefaulted: request.theme == nil, suggestion: suggestion)
      files.append((path, file.text))
      definitionPath = path
    }
    return MergedFiles(
      dataPath: dataPath, definitionPath: definitionPath, files: files, changes: changes,
      olderRelease: older, suggestion: suggestion)
  }

  /// Whether the export ends before the pack's data for the pack's own area. Only that area
  /// counts: a comparator or neighbour an export leaves out (a boundary change) says nothing of
  /// the release.
  private func olderRelease(_ rows: [ImportedRow], indicator: Indicator, changes: ImportChanges)
    -> OlderRelease?
  {
    let own = pack.area.code
    guard let exportLatest = rows.filter({ $0.area == own }).map(\.period).max(),
      let packLatest = pack.observations.filter({ $0.indicator == indicator.id && $0.area == own })
        .map(\.period).max(),
      exportLatest < packLatest
    else { return nil }
    return OlderRelease(
      exportLatest: exportLatest, packLatest: packLatest, areaName: pack.area.name,
      revisions: changes.revised.count,
      location: rows.first { $0.area == own && $0.period == exportLatest }?.location)
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
