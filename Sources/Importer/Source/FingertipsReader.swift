import IndicatorModel
import PackLoader

/// Reads a Fingertips CSV export (as the site and fingertipsR write it) into rows for one
/// indicator: one Fingertips indicator, one sex and age breakdown, whole-area rows unless a
/// category is asked for, the pack's areas (or all, for the cross-check).
struct FingertipsReader {
  let csv: LocatedCSV
  let options: FingertipsOptions
  /// The codes pack.yaml knows.
  let packAreas: Set<String>
  /// The indicator's periodicity; nil for a new indicator (read from the first label).
  let periodicity: Periodicity?

  func read() throws -> (table: ExportTable, periodicity: Periodicity) {
    guard let headerRow = csv.header else {
      throw ImportFailure(
        "the file is empty (expected a Fingertips export with a header row)",
        at: SourceLocation(file: csv.path))
    }
    let header = FingertipsHeader(headerRow.cells.map(\.text))
    let headings = headerRow.cells.map { $0.text.trimmingCharacters(in: .whitespaces) }
    let missing = FingertipsColumn.required.filter { header.index[$0] == nil }
    if !missing.isEmpty {
      throw ImportFailure(
        missing.map { column in
          let near = NearestName.nearest(to: column.rawValue, in: headings)
          let hint = near.map { " (found \"\($0)\": rename it)" } ?? ""
          return .error(
            "missing column \"\(column.rawValue)\"\(hint); a Fingertips export has Indicator ID, Area Code, Time period and Value",
            at: SourceLocation(file: csv.path, line: headerRow.line, column: 1))
        })
    }
    func cell(_ row: LocatedCSV.Row, _ column: FingertipsColumn) -> LocatedCSV.Cell? {
      header.index[column].flatMap { $0 < row.cells.count ? row.cells[$0] : nil }
    }
    func text(_ row: LocatedCSV.Row, _ column: FingertipsColumn) -> String {
      cell(row, column).map { CellText.plain($0.text) } ?? ""
    }
    var problems: [Diagnostic] = []
    let rows = csv.rows.filter { row in
      if row.cells.count != headerRow.cells.count {
        problems.append(
          .error(
            "row has \(row.cells.count) fields but the header has \(headerRow.cells.count)",
            at: SourceLocation(file: csv.path, line: row.line, column: 1)))
        return false
      }
      return true
    }
    guard problems.isEmpty else { throw ImportFailure(problems) }
    let indicatorRows = try oneIndicator(
      rows, text: { text($0, .indicatorID) }, cell: { cell($0, .indicatorID) })
    var kept = try oneBreakdown(
      indicatorRows, .sex, chosen: options.sex, option: "--sex", text: text)
    kept = try oneBreakdown(kept, .age, chosen: options.age, option: "--age", text: text)
    kept = try categoryRows(kept, text: text)
    let periodicity = try self.periodicity ?? inferredPeriodicity(kept, text: text, cell: cell)
    var imported: [ImportedRow] = []
    var seen: [String: (line: Int, value: String?)] = [:]
    var otherAreas = 0
    var otherRows: [ImportedRow] = []
    func judgements(_ row: LocatedCSV.Row) -> PublishedJudgements {
      let parentCode = text(row, .parentCode)
      return PublishedJudgements(
        england: header.englandComparison.flatMap { nonEmpty(row, $0) },
        parent: header.parentComparison.flatMap { nonEmpty(row, $0.index) },
        parentCode: parentCode.isEmpty ? nil : parentCode,
        parentName: nonEmptyText(text(row, .parentName)) ?? header.parentComparison?.name,
        trend: header.index[.recentTrend].flatMap { nonEmpty(row, $0) })
    }
    // Every area the indicator's rows name, before breakdowns are chosen: a pack row for one of
    // these that the export no longer has has disappeared; an area the file never names is
    // outside the export (one region's download must not delete the other neighbours).
    var fileAreas: [String] = []
    for row in indicatorRows where !fileAreas.contains(text(row, .areaCode)) {
      fileAreas.append(text(row, .areaCode))
    }
    for row in kept {
      let area = text(row, .areaCode)
      guard !area.isEmpty else {
        problems.append(.error("Area Code is empty", at: location(row, header.index[.areaCode])))
        continue
      }
      let label = text(row, .timePeriod)
      guard options.allAreas || packAreas.contains(area) else {
        otherAreas += 1
        // Read leniently, for what the publisher's labels say about polarity only.
        if let period = FingertipsPeriod.period(
          label: label, sortable: text(row, .timePeriodSortable), periodicity: periodicity)
        {
          otherRows.append(
            ImportedRow(
              period: period, area: area, cells: ["value": text(row, .value)],
              location: SourceLocation(file: csv.path, line: row.line, column: 1),
              published: judgements(row)))
        }
        continue
      }
      guard
        let period = FingertipsPeriod.period(
          label: label, sortable: text(row, .timePeriodSortable), periodicity: periodicity)
      else {
        problems.append(
          .error(
            "Time period \"\(label)\" does not fit periodicity \(periodicity.rawValue) (expected a label like \"\(periodicity.example)\")",
            at: location(row, header.index[.timePeriod])))
        continue
      }
      var builder = RowBuilder()
      builder.number(cell(row, .value), into: "value", heading: "Value")
      builder.number(cell(row, .count), into: "numerator", heading: "Count")
      builder.number(cell(row, .denominator), into: "denominator", heading: "Denominator")
      builder.number(
        cell(row, .lower95), into: "lower_ci", heading: "Lower CI 95.0 limit", sentinel: true)
      builder.number(
        cell(row, .upper95), into: "upper_ci", heading: "Upper CI 95.0 limit", sentinel: true)
      builder.text(cell(row, .valueNote), into: "note")
      let rowLocation = SourceLocation(file: csv.path, line: row.line, column: 1)
      builder.markSuppressedIfWithheld(at: location(row, header.index[.value]))
      problems += builder.diagnostics
      let key = "\(area)|\(period.index)"
      if let first = seen[key] {
        // Exports of several area types repeat a unitary authority's row; identical repeats
        // are harmless, different figures for one area and period are not.
        if first.value != builder.cells["value"] {
          problems.append(
            .error(
              "duplicate row for area \(area), \(period.label) with a different value (first at line \(first.line))",
              at: rowLocation))
        }
        continue
      }
      seen[key] = (row.line, builder.cells["value"])
      let published = judgements(row)
      imported.append(
        ImportedRow(
          period: period, area: area, areaName: nonEmptyText(text(row, .areaName)),
          cells: builder.cells, locations: builder.locations, location: rowLocation,
          published: published))
    }
    guard problems.isEmpty else { throw ImportFailure(problems) }
    let first = kept.first
    let table = ExportTable(
      rows: imported, indicatorName: first.map { text($0, .indicatorName) }.flatMap(nonEmptyText),
      sourceIndicatorID: first.map { text($0, .indicatorID) },
      publisher: "OHID Fingertips", otherAreaRows: otherAreas, otherRows: otherRows,
      fileName: String(csv.path.split(separator: "/").last ?? Substring(csv.path)),
      fileAreas: fileAreas)
    return (table, periodicity)
  }

  private func location(_ row: LocatedCSV.Row, _ index: Int?) -> SourceLocation {
    guard let index, index < row.cells.count else {
      return SourceLocation(file: csv.path, line: row.line, column: 1)
    }
    return row.cells[index].location
  }

  private func nonEmpty(_ row: LocatedCSV.Row, _ index: Int) -> String? {
    index < row.cells.count ? nonEmptyText(CellText.plain(row.cells[index].text)) : nil
  }

  private func nonEmptyText(_ text: String) -> String? { text.isEmpty ? nil : text }

  /// The rows of one Fingertips indicator; a file mixing several is an error unless one is
  /// chosen, pointing at the first row of a second indicator.
  private func oneIndicator(
    _ rows: [LocatedCSV.Row], text: (LocatedCSV.Row) -> String,
    cell: (LocatedCSV.Row) -> LocatedCSV.Cell?
  ) throws -> [LocatedCSV.Row] {
    var order: [String] = []
    for row in rows where !order.contains(text(row)) { order.append(text(row)) }
    if let chosen = options.fingertipsID {
      guard order.contains(chosen) else {
        throw ImportFailure(
          "the file has no rows for Fingertips indicator \(chosen) (it has \(order.joined(separator: ", ")))",
          at: SourceLocation(file: csv.path))
      }
      return rows.filter { text($0) == chosen }
    }
    if order.count > 1, let second = rows.first(where: { text($0) != order[0] }) {
      throw ImportFailure(
        "the file mixes Fingertips indicators \(order.joined(separator: ", ")); export one indicator per file, or choose one with --fingertips-id",
        at: cell(second)?.location ?? SourceLocation(file: csv.path, line: second.line))
    }
    return rows
  }

  /// One breakdown (sex or age): when the file holds several and none is chosen, lists them.
  private func oneBreakdown(
    _ rows: [LocatedCSV.Row], _ column: FingertipsColumn, chosen: String?, option: String,
    text: (LocatedCSV.Row, FingertipsColumn) -> String
  ) throws -> [LocatedCSV.Row] {
    guard header(column) else { return rows }
    var values: [String] = []
    for row in rows where !values.contains(text(row, column)) { values.append(text(row, column)) }
    let name = column.rawValue.lowercased()
    if let chosen {
      let kept = rows.filter { text($0, column).caseInsensitiveCompare(chosen) == .orderedSame }
      guard !kept.isEmpty else {
        throw ImportFailure(
          "no rows with \(name) \"\(chosen)\"\(NearestName.hint(for: chosen, in: values))",
          at: SourceLocation(file: csv.path))
      }
      return kept
    }
    if values.count > 1 {
      throw ImportFailure(
        "the file holds several breakdowns by \(name): \(values.map { "\"\($0)\"" }.joined(separator: ", ")); choose one with \(option)",
        at: SourceLocation(file: csv.path))
    }
    return rows
  }

  private func header(_ column: FingertipsColumn) -> Bool {
    FingertipsHeader(csv.header?.cells.map(\.text) ?? []).index[column] != nil
  }

  /// Whole-area rows (no category type), or the rows of the chosen category.
  private func categoryRows(
    _ rows: [LocatedCSV.Row], text: (LocatedCSV.Row, FingertipsColumn) -> String
  ) throws -> [LocatedCSV.Row] {
    guard let chosen = options.category else {
      return rows.filter { text($0, .categoryType).isEmpty && text($0, .category).isEmpty }
    }
    let kept = rows.filter { text($0, .category).caseInsensitiveCompare(chosen) == .orderedSame }
    guard !kept.isEmpty else {
      var names: [String] = []
      for row in rows where !text(row, .category).isEmpty && !names.contains(text(row, .category)) {
        names.append(text(row, .category))
      }
      throw ImportFailure(
        "no rows with category \"\(chosen)\"\(NearestName.hint(for: chosen, in: names))",
        at: SourceLocation(file: csv.path))
    }
    return kept
  }

  /// A new indicator's periodicity, from the first row's period label.
  private func inferredPeriodicity(
    _ rows: [LocatedCSV.Row], text: (LocatedCSV.Row, FingertipsColumn) -> String,
    cell: (LocatedCSV.Row, FingertipsColumn) -> LocatedCSV.Cell?
  ) throws -> Periodicity {
    guard let first = rows.first else {
      throw ImportFailure("the file has no data rows", at: SourceLocation(file: csv.path))
    }
    guard let periodicity = FingertipsPeriod.periodicity(of: text(first, .timePeriod)) else {
      throw ImportFailure(
        "Time period \"\(text(first, .timePeriod))\" is not a period boardpack can read; give the indicator's periodicity with --periodicity",
        at: cell(first, .timePeriod)?.location ?? SourceLocation(file: csv.path, line: first.line))
    }
    return periodicity
  }
}
