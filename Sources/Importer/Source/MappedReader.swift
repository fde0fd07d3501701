import IndicatorModel
import PackLoader

/// Reads any long table (an Excel sheet saved as CSV, a DfE or LG Inform download) through a
/// column mapping: one row per area and period, areas by code or name.
struct MappedReader {
  let csv: LocatedCSV
  let mapping: CSVMapping
  /// The pack's areas: codes, and names resolved to codes.
  let areas: [Area]
  let periodicity: Periodicity?

  func read() throws -> (table: ExportTable, periodicity: Periodicity) {
    guard let headerRow = csv.header else {
      throw ImportFailure(
        "the file is empty (expected a header row)", at: SourceLocation(file: csv.path))
    }
    let headings = headerRow.cells.map { $0.text.trimmingCharacters(in: .whitespaces) }
    var index: [String: Int] = [:]
    var problems: [Diagnostic] = []
    let headerStart = SourceLocation(file: csv.path, line: headerRow.line, column: 1)
    func find(_ heading: String) -> Int? {
      headings.firstIndex { ColumnName.key($0) == ColumnName.key(heading) }
    }
    for target in CSVMapping.targets {
      guard let heading = mapping.columns[target] else { continue }
      if let i = find(heading) {
        index[target] = i
      } else {
        problems.append(
          .error(
            "no column \"\(heading)\" for \(target)\(NearestName.hint(for: heading, in: headings))",
            at: headerStart))
      }
    }
    var filters: [(Int, String)] = []
    for filter in mapping.filters {
      if let i = find(filter.heading) {
        filters.append((i, filter.value))
      } else {
        problems.append(
          .error(
            "no column \"\(filter.heading)\" for --where\(NearestName.hint(for: filter.heading, in: headings))",
            at: headerStart))
      }
    }
    guard problems.isEmpty else { throw ImportFailure(problems) }
    let byCode = Dictionary(areas.map { ($0.code, $0) }) { a, _ in a }
    let byName = Dictionary(areas.map { ($0.name.lowercased(), $0.code) }) { a, _ in a }
    var rows: [ImportedRow] = []
    var seen: [String: Int] = [:]
    var otherAreas = 0
    var fileAreas: [String] = []
    var periodicity = self.periodicity
    for row in csv.rows {
      let rowLocation = SourceLocation(file: csv.path, line: row.line, column: 1)
      guard row.cells.count == headerRow.cells.count else {
        problems.append(
          .error(
            "row has \(row.cells.count) fields but the header has \(headerRow.cells.count)",
            at: rowLocation))
        continue
      }
      func cell(_ target: String) -> LocatedCSV.Cell? { index[target].map { row.cells[$0] } }
      let keep = filters.allSatisfy { i, value in
        row.cells[i].text.trimmingCharacters(in: .whitespaces).caseInsensitiveCompare(value)
          == .orderedSame
      }
      guard keep, let areaCell = cell("area"), let periodCell = cell("period") else { continue }
      let areaText = CellText.plain(areaCell.text)
      if !fileAreas.contains(areaText) { fileAreas.append(areaText) }
      guard !areaText.isEmpty else {
        problems.append(.error("\(mapping.columns["area"]!) is empty", at: areaCell.location))
        continue
      }
      guard let code = byCode[areaText]?.code ?? byName[areaText.lowercased()] else {
        otherAreas += 1
        continue
      }
      let periodText = CellText.plain(periodCell.text)
      guard let label = mapping.periodFormat.packLabel(periodText) else {
        problems.append(
          .error(
            "\(mapping.columns["period"]!) \"\(periodText)\" is not written like \"\(mapping.periodFormat.rawValue)\" (the --period-format)",
            at: periodCell.location))
        continue
      }
      if periodicity == nil { periodicity = FingertipsPeriod.periodicity(of: label) }
      guard let periodicity,
        let period = Period(label, periodicity: periodicity)
          ?? (periodicity == .month ? FingertipsPeriod.monthName(label) : nil)
      else {
        let p = periodicity ?? .financialYear
        problems.append(
          .error(
            "\(mapping.columns["period"]!) \"\(periodText)\" does not fit periodicity \(p.rawValue) (expected a label like \"\(p.example)\"\(mapping.periodFormat == .pack ? ", or give --period-format" : ""))",
            at: periodCell.location))
        continue
      }
      var builder = RowBuilder()
      for target in ["value", "numerator", "denominator", "lower_ci", "upper_ci"] {
        builder.number(cell(target), into: target, heading: mapping.columns[target] ?? target)
      }
      if let statusCell = cell("status") { builder.text(statusCell, into: "status") }
      builder.text(cell("note"), into: "note")
      if mapping.columns["value"] != nil {
        builder.markSuppressedIfWithheld(at: cell("value")?.location ?? rowLocation)
      }
      problems += builder.diagnostics
      let key = "\(code)|\(period.index)"
      if let first = seen[key] {
        problems.append(
          .error(
            "duplicate row for area \(code), \(period.label) (first at line \(first)); add --where to pick one",
            at: rowLocation))
        continue
      }
      seen[key] = row.line
      rows.append(
        ImportedRow(
          period: period, area: code, areaName: byCode[code]?.name, cells: builder.cells,
          locations: builder.locations, location: rowLocation))
    }
    guard problems.isEmpty else { throw ImportFailure(problems) }
    guard let periodicity else {
      throw ImportFailure("the file has no data rows", at: SourceLocation(file: csv.path))
    }
    let table = ExportTable(
      rows: rows, publisher: "imported table", otherAreaRows: otherAreas,
      fileName: String(csv.path.split(separator: "/").last ?? Substring(csv.path)),
      fileAreas: fileAreas)
    return (table, periodicity)
  }
}
