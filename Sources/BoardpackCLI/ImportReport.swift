import ArgumentParser
import IndicatorModel
import Importer

/// Runs an import and prints what it did: files written, changes, the cross-check.
enum ImportReport {
  static func run(_ request: ImportRequest) throws {
    let outcome: ImportOutcome
    do {
      outcome = try Importer.run(request)
    } catch {
      var standardError = StandardError()
      for diagnostic in error.diagnostics { print(diagnostic, to: &standardError) }
      print("\(request.file): nothing imported", to: &standardError)
      throw ExitCode(1)
    }
    if request.dryRun {
      print("Dry run: nothing was written. Without --dry-run the import would write:")
    }
    for line in lines(outcome) { print(line) }
  }

  /// The report, line by line.
  static func lines(_ outcome: ImportOutcome) -> [String] {
    let id = outcome.indicator.id
    var lines: [String] = []
    let changes = outcome.changes
    var summary =
      "\(outcome.dataPath): \(outcome.rowsImported) row\(outcome.rowsImported == 1 ? "" : "s") for \(id)"
    summary +=
      " (\(changes.added.count) new, \(changes.revised.count) revised, \(changes.disappeared.count) removed, \(changes.unchanged) unchanged)"
    if outcome.otherAreaRows > 0 {
      summary += "; \(outcome.otherAreaRows) rows for areas not in pack.yaml left out"
    }
    if outcome.crossCheckedOnly > 0 {
      summary += "; \(outcome.crossCheckedOnly) rows for areas not in pack.yaml cross-checked only"
    }
    lines.append(summary)
    if let definition = outcome.definitionPath {
      lines.append(
        "\(definition): new indicator; set its polarity (higher-is-better, lower-is-better or no-judgement) — `boardpack check` warns until you do"
      )
      if let suggestion = outcome.polaritySuggestion {
        lines.append("suggested: \(suggestion) (not set: the choice is yours)")
      }
    }
    let byPeriod = Dictionary(grouping: changes.added, by: \.period)
    for period in byPeriod.keys.sorted() {
      let rows = byPeriod[period]!
      lines.append(
        "new: \(period.label): \(rows.count) row\(rows.count == 1 ? "" : "s") (\(rows.map { name($0.area, outcome) }.joined(separator: ", ")))"
      )
    }
    for revision in changes.revised {
      let parts = revision.changes.map { "\($0.column) \(shown($0.old)) → \(shown($0.new))" }
      lines.append(
        "revised: \(revision.period.label) \(name(revision.area, outcome)): \(parts.joined(separator: ", "))"
      )
    }
    for row in changes.disappeared {
      lines.append(
        "removed: \(row.period.label) \(name(row.area, outcome)): no longer in the export (was \(shown(row.cells["value"] ?? "")))"
      )
    }
    for note in outcome.notes { lines.append("note: \(note)") }
    let report = outcome.crossCheck
    for check in report.disagreements {
      lines.append(
        "disagrees: \(check.period.label) \(name(check.area, outcome)) vs \(check.kind == .parent ? "parent " : "")\(check.comparator): published \"\(check.published)\", boardpack \(check.computed)"
      )
    }
    lines.append(report.summaryLine)
    if let cause = report.likelyCause { lines.append("likely cause: \(cause)") }
    return lines
  }

  private static func name(_ code: String, _ outcome: ImportOutcome) -> String {
    outcome.areaNames[code].map { "\($0) (\(code))" } ?? code
  }

  private static func shown(_ text: String) -> String { text.isEmpty ? "(empty)" : text }
}
