import Foundation
import IndicatorModel
import PackLoader

/// `boardpack import`: brings a published export into the pack's data format, reports what a
/// re-import revised, and cross-checks boardpack's readings against the publisher's.
///
/// Nothing is written unless every row reads cleanly: the export is read and checked in full,
/// the indicator's data file is rebuilt in memory, and only then written (through a temporary
/// file and a rename), with a new indicator's definition.
public enum Importer {
  /// Imports one export; throws every problem found, located in the export or the pack.
  public static func run(_ request: ImportRequest) throws(ImportFailure) -> ImportOutcome {
    let loaded = PackLoader.load(from: request.packDirectory)
    guard let pack = loaded.pack, loaded.errorCount == 0 else {
      throw ImportFailure(loaded.diagnostics.filter { $0.severity == .error })
    }
    let directory = trimmed(request.packDirectory)
    let existing = pack.indicators.first { $0.id == request.indicatorID }
    if existing == nil { try checkNewID(request.indicatorID) }
    let csv: LocatedCSV
    switch LocatedCSV.read(path: request.file) {
    case .success(let table): csv = table
    case .failure(let diagnostic): throw ImportFailure([diagnostic])
    }
    let areas = [pack.area] + pack.comparators.map(\.area) + pack.groups.flatMap(\.members)
    let packCodes = Set(areas.map(\.code))
    let (table, periodicity) = try read(csv, request: request, areas: areas, indicator: existing)
    guard table.rows.contains(where: { $0.area == pack.area.code }) else {
      let near = NearestName.nearest(to: pack.area.code, in: table.fileAreas).map {
        " (did you mean \"\($0)\"?)"
      }
      let sample = table.fileAreas.prefix(5).joined(separator: ", ")
      throw ImportFailure(
        "the file has no rows for the pack's area \(pack.area.name) (\(pack.area.code))\(near ?? (sample.isEmpty ? "" : "; its areas include \(sample)"))",
        at: SourceLocation(file: csv.path))
    }
    let indicator: Indicator
    if let existing {
      indicator = existing
    } else {
      indicator = try newIndicator(request, table: table, periodicity: periodicity, pack: pack)
    }
    let written = table.rows.filter { packCodes.contains($0.area) }
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
    let dataRelative = "data/\(indicator.id).csv"
    let dataPath = "\(directory)/\(dataRelative)"
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
    let (text, changes) = update.merge(written, namedAreas: named)
    var files: [(path: String, text: String)] = []
    if !changes.isEmpty || current == nil { files.append((dataPath, text)) }
    var definitionPath: String?
    if existing == nil {
      definitionPath = "\(directory)/indicators/\(indicator.id).yaml"
      let source =
        [table.publisher, table.sourceIndicatorID.map { "indicator \($0)" }]
        .compactMap { $0 }.joined(separator: ", ") + " (imported from \(table.fileName))"
      let file = NewIndicatorFile(
        indicator: indicator, source: source, measureInferred: request.measure == nil,
        themeDefaulted: request.theme == nil)
      files.append((definitionPath!, file.text))
    }
    do {
      try AtomicFile.write(files)
    } catch {
      throw ImportFailure(
        "cannot write the file: \(error.localizedDescription)", at: SourceLocation(file: dataPath))
    }
    let report = crossCheck(
      indicator: indicator, pack: pack, table: table, packObservations: observations)
    var notes: [String] = []
    if let existing, existing.measure.ci == .none,
      written.contains(where: { $0.cells["lower_ci"] != nil })
    {
      notes.append(
        "\(existing.id) has measure.ci: none, so the published intervals just imported are not used; set ci: supplied in its definition to use them"
      )
    }
    var names = Dictionary(areas.map { ($0.code, $0.name) }) { a, _ in a }
    for row in table.rows where names[row.area] == nil { names[row.area] = row.areaName }
    return ImportOutcome(
      indicator: indicator, dataPath: dataPath, definitionPath: definitionPath,
      rowsImported: written.count, otherAreaRows: table.otherAreaRows,
      crossCheckedOnly: table.rows.count - written.count, changes: changes, crossCheck: report,
      notes: notes, areaNames: names)
  }

  private static func read(
    _ csv: LocatedCSV, request: ImportRequest, areas: [Area], indicator: Indicator?
  ) throws(ImportFailure) -> (ExportTable, Periodicity) {
    let periodicity = indicator?.periodicity ?? request.periodicity
    do {
      switch request.source {
      case .fingertips(let options):
        return try FingertipsReader(
          csv: csv, options: options, packAreas: Set(areas.map(\.code)), periodicity: periodicity
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

  private static func checkNewID(_ id: String) throws(ImportFailure) {
    guard Slug.isValid(id) else {
      throw ImportFailure(
        "--indicator \(UserText.quoted(id)) is not a valid indicator id (\(Slug.rule); try \"\(Slug.suggestion(for: id))\")",
        at: SourceLocation(file: id))
    }
  }

  private static func newIndicator(
    _ request: ImportRequest, table: ExportTable, periodicity: Periodicity, pack: Pack
  ) throws(ImportFailure) -> Indicator {
    let theme = request.theme ?? pack.themes.first?.id ?? ""
    guard pack.themes.contains(where: { $0.id == theme }) else {
      throw ImportFailure(
        "unknown theme \"\(theme)\"\(NearestName.hint(for: theme, in: pack.themes.map(\.id)))",
        at: SourceLocation(file: "\(trimmed(request.packDirectory))/pack.yaml"))
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
      theme: theme, measure: measure, polarity: .noJudgement, periodicity: periodicity,
      polarityIsSet: false)
  }

  private static func crossCheck(
    indicator: Indicator, pack: Pack, table: ExportTable, packObservations: [Observation]
  ) -> CrossCheckReport {
    var byKey: [String: Observation] = [:]
    for observation in pack.observations where observation.indicator == indicator.id {
      byKey["\(observation.area)|\(observation.period.index)"] = observation
    }
    for observation in packObservations {
      byKey["\(observation.area)|\(observation.period.index)"] = observation
    }
    // Areas outside pack.yaml (`--areas all`) are read leniently: they are compared, not written.
    for row in table.rows where byKey["\(row.area)|\(row.period.index)"] == nil {
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
      englandCode: pack.national?.area.code ?? "E92000001", names: names)
    return check.run(table.rows)
  }

  static func trimmed(_ directory: String) -> String {
    var text = directory
    while text.count > 1 && text.hasSuffix("/") { text.removeLast() }
    return text.isEmpty ? "." : text
  }
}
