import Analysis
import ArgumentParser
import Foundation
import IndicatorModel
import PackBuilder
import Presentation

/// `boardpack changes`: what changed since the last pack, as the pack's own section says it.
struct ChangesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "changes",
    abstract: "Print what changed since the last pack: exceptions, statuses, readings, revisions.",
    discussion: """
      The pack is compared with the latest earlier period built into the output folder (or the \
      period folder --since names): the exceptions that are new, that cleared and that \
      continue, changes of target status and of SPC reading, and figures revised since then \
      (period, area, old → new). Every build leaves snapshot.json in its period folder for \
      the next one to compare with. The dashboard, pack.pdf, the partner summaries and the \
      partner emails say the same, in the same words; --format json prints `changes` as \
      assessment.json holds it.
      """)

  @OptionGroup var options: PackOptions
  @OptionGroup var comparison: ComparisonOptions

  @Option(help: "text (for people) or json (assessment.json's `changes`).")
  var format: AssessCommand.Format = .table

  func run() throws {
    let (pack, assessment) = try options.loadAssessment(comparing: comparison)
    let changes = assessment.changes ?? PackChanges()
    switch format {
    case .json:
      FileHandle.standardOutput.write(try changes.jsonData())
      FileHandle.standardOutput.write(Data("\n".utf8))
    case .table:
      let report = Words.changes(changes, assessment: assessment, pack: pack)
      print(Self.text(report, period: assessment.period), terminator: "")
    }
  }

  /// The report as lines: heading, intro, notes, then each group and its items, indented.
  static func text(_ report: ChangeReport, period: Period?) -> String {
    var lines = [ChangeReport.heading + (period.map { " (\($0.label))" } ?? ""), report.intro]
    lines += report.notes
    for group in report.groups {
      lines.append("")
      lines.append(group.title)
      lines += group.items.map { "  \($0.title)" + ($0.text.map { ": \($0)" } ?? "") }
      if let more = group.more { lines.append("  \(more)") }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
