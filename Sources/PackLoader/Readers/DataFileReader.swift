import IndicatorModel

/// Reads one `data/*.csv` file (design §4.3) into observations, checking each cell.
struct DataFileReader {
  let file: TextFile
  let log: DiagnosticLog
  /// The valid indicators by id.
  let indicators: [String: Indicator]
  /// Ids of indicator files that had errors: their rows are skipped without more noise.
  let brokenIndicators: Set<String>
  /// The pack's areas; nil when pack.yaml could not be read, so areas are taken as written.
  let areas: AreaDirectory?
  /// "Did you mean" hints already worked out, so a value wrong on every row costs one search.
  private let hints = HintCache()

  init(
    file: TextFile, log: DiagnosticLog, indicators: [String: Indicator],
    brokenIndicators: Set<String>, areas: AreaDirectory?
  ) {
    self.file = file
    self.log = log
    self.indicators = indicators
    self.brokenIndicators = brokenIndicators
    self.areas = areas
  }

  static let columns = [
    "indicator", "period", "area", "value", "numerator", "denominator", "lower_ci", "upper_ci",
    "status", "note", "published",
  ]
  static let requiredColumns = ["indicator", "period", "area", "value"]

  func read() -> [Observation] {
    let locator = CSVFieldLocator(text: file.text)
    guard let table = CSVTable.parse(file.text) else {
      log.error("cannot parse the CSV file", at: SourceLocation(file: file.path))
      return []
    }
    guard let header = table.header else {
      log.error(
        "the CSV file is empty (its first line must be the header: \(Self.columns.joined(separator: ",")))",
        at: SourceLocation(file: file.path))
      return []
    }
    let headerStarts = locator.fieldStarts(rowLine: header.line)
    var columnIndex: [String: Int] = [:]
    for (i, rawName) in header.fields.enumerated() {
      let name = rawName.trimmingSpaces()
      let at = location(headerStarts, i, line: header.line)
      if !Self.columns.contains(name) {
        log.error(
          "unknown column \(UserText.quoted(name))\(Suggestion.hint(for: name, in: Self.columns))",
          at: at)
      } else if columnIndex[name] != nil {
        log.error("duplicate column \(UserText.quoted(name))", at: at)
      } else {
        columnIndex[name] = i
      }
    }
    let missing = Self.requiredColumns.filter { columnIndex[$0] == nil }
    for name in missing {
      log.error(
        "missing required column \"\(name)\"",
        at: SourceLocation(file: file.path, line: header.line, column: 1))
    }
    guard missing.isEmpty else { return [] }
    var observations: [Observation] = []
    for row in table.rows {
      let starts = locator.fieldStarts(rowLine: row.line)
      if row.fields.count != header.fields.count {
        log.error(
          "row has \(row.fields.count) \(row.fields.count == 1 ? "field" : "fields") but the header has \(header.fields.count)",
          at: SourceLocation(file: file.path, line: row.line, column: 1))
        continue
      }
      let cells = RowCells(
        fields: row.fields, columns: columnIndex,
        locate: { location(starts, $0, line: row.line) })
      if let observation = readRow(cells, line: row.line) { observations.append(observation) }
    }
    return observations
  }

  private func location(_ starts: [(line: Int, column: Int)], _ i: Int, line: Int)
    -> SourceLocation
  {
    guard i < starts.count else { return SourceLocation(file: file.path, line: line, column: 1) }
    return SourceLocation(file: file.path, line: starts[i].line, column: starts[i].column)
  }

  func readRow(_ cells: RowCells, line: Int) -> Observation? {
    guard let (indicatorID, at) = cells.text("indicator") else {
      log.error("indicator is empty", at: cells.location("indicator"))
      return nil
    }
    guard let indicator = indicators[indicatorID] else {
      if !brokenIndicators.contains(indicatorID) {
        log.error(
          "unknown indicator \(UserText.quoted(indicatorID))\(indicatorHint(indicatorID))", at: at)
      }
      return nil
    }
    var valid = true
    var period: Period?
    if let (label, at) = cells.text("period") {
      period = Period(label, periodicity: indicator.periodicity)
      if period == nil {
        log.error(
          PeriodText.mismatch(label, periodicity: indicator.periodicity, name: "period"), at: at)
      }
    } else {
      log.error("period is empty", at: cells.location("period"))
    }
    var areaCode: String?
    if let (text, at) = cells.text("area") {
      if let areas {
        areaCode = areas.code(for: text)
        if areaCode == nil {
          log.error(
            "unknown area \(UserText.quoted(text))\(hints.hint(area: text, in: areas))", at: at)
        }
      } else {
        areaCode = text
      }
    } else {
      log.error("area is empty", at: cells.location("area"))
    }
    let value = number(cells, "value", &valid)
    let numerator = number(cells, "numerator", &valid)
    let denominator = number(cells, "denominator", &valid)
    let lower = number(cells, "lower_ci", &valid)
    let upper = number(cells, "upper_ci", &valid)
    var status: ObservationStatus?
    if let (text, at) = cells.text("status") {
      status = ObservationStatus(rawValue: text)
      if status == nil {
        let options = ObservationStatus.allCases.map(\.rawValue)
        log.error(
          "unknown status \(UserText.quoted(text))\(Suggestion.hint(for: text, in: options))",
          at: at)
        valid = false
      }
    }
    let note = cells.text("note")
    if let (text, at) = note, let scalar = UserText.forbiddenScalar(in: text, lines: .several) {
      log.error(
        "note \(UserText.quoted(text)) holds \(UserText.describe(scalar)); remove it", at: at)
      valid = false
    }
    var published: CalendarDate?
    if let (text, at) = cells.text("published") {
      if let date = Period(text, periodicity: .date)?.start {
        if let period, date < period.end {
          log.error(
            "published \(date) is before the period \(period.label) ends (\(period.end)): a figure is published after its period",
            at: at)
          valid = false
        }
        published = date
      } else {
        log.error(
          "published must be a date written YYYY-MM-DD, not \(UserText.quoted(text))", at: at)
        valid = false
      }
    }
    let checks = ObservationChecks(
      measure: indicator.measure, cells: cells, log: log, value: value, numerator: numerator,
      denominator: denominator, lower: lower, upper: upper)
    if !checks.run() { valid = false }
    guard valid, let period, let areaCode else { return nil }
    var observation = Observation(
      indicator: indicator.id, period: period, area: areaCode, value: value?.value,
      numerator: numerator?.value, denominator: denominator?.value, lowerCI: lower?.value,
      upperCI: upper?.value, status: status, note: note?.0,
      location: SourceLocation(file: file.path, line: line, column: 1))
    observation.published = published
    return observation
  }

  private func indicatorHint(_ id: String) -> String {
    hints.hint(indicator: id) {
      Array(indicators.keys).sorted() + brokenIndicators.sorted()
    }
  }

  private func number(_ cells: RowCells, _ column: String, _ valid: inout Bool) -> CellNumber? {
    guard let (text, at) = cells.text(column) else { return nil }
    switch NumberText.parse(text) {
    case .number(let value, let decimals):
      return CellNumber(value: value, decimals: decimals, text: text, location: at)
    case .missing: return nil
    case .invalid:
      log.error("\(column) \(NumberText.notANumber(text))", at: at)
      valid = false
      return nil
    }
  }
}

/// A number read from a cell, with how it was written.
struct CellNumber {
  let value: Double
  /// Decimal places written: publishers round, so a value is checked to its own precision.
  let decimals: Int
  let text: String
  let location: SourceLocation
}

/// One row's cells by column name.
struct RowCells {
  let fields: [String]
  let columns: [String: Int]
  let locate: (Int) -> SourceLocation

  /// The trimmed text and location of a non-empty cell.
  func text(_ column: String) -> (String, SourceLocation)? {
    guard let i = columns[column], i < fields.count else { return nil }
    let text = fields[i].trimmingSpaces()
    return text.isEmpty ? nil : (text, locate(i))
  }

  func location(_ column: String) -> SourceLocation { locate(columns[column] ?? 0) }
}

/// The hints one file's messages give, by the value they are for: a file whose every row names
/// the same unknown area asks for its hint once.
final class HintCache {
  private var areas: [String: String] = [:]
  private var indicators: [String: String] = [:]

  func hint(area text: String, in directory: AreaDirectory) -> String {
    if let known = areas[text] { return known }
    let hint = Suggestion.hint(for: text, in: directory.spellings, listUpTo: 6)
    areas[text] = hint
    return hint
  }

  func hint(indicator id: String, known: () -> [String]) -> String {
    if let hint = indicators[id] { return hint }
    let hint = Suggestion.hint(for: id, in: known(), listUpTo: 6)
    indicators[id] = hint
    return hint
  }
}
