import Analysis
import ArgumentParser
import Foundation
import IndicatorModel
import PackBuilder
import PackLoader

/// `boardpack check`: load and validate the whole pack, print every problem.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Load and validate the pack, and print every problem found.",
    discussion: """
      Reads pack.yaml, the indicator definitions, the data CSVs, the commentary, partners.yaml \
      and meetings.yaml, and checks them all. Every problem is printed to standard error as \
      `file:line:column: error: message` (or `warning:`), not just the first, with the nearest \
      valid key or value suggested for a typo. It also runs the rules engine and warns about \
      every exception for the board that has no commentary for the reporting period, about \
      every commentary entry whose text is still empty (as `boardpack commentary` writes it; \
      one warning, at its text, also for an exception), and about every dashboard template in \
      the templates folder that does not use a field boardpack added since it was copied. A \
      one-line summary goes to standard output.

      Exits 0 when there is no error (warnings allowed), 1 otherwise, so a scheduled job can \
      stop before building a pack from bad data.
      """)

  @OptionGroup var options: PackOptions

  @Option(
    help: ArgumentHelp(
      "Templates to check for fields added since they were copied (default: Templates if it exists).",
      valueName: "DIR"))
  var templates: String?

  func run() throws {
    var result = PackLoader.load(from: options.directory)
    if let pack = result.pack, result.errorCount == 0 {
      let assessment = Assessor.assess(
        pack, period: options.period, generatorVersion: BoardpackVersion.current)
      result.diagnostics += CommentaryCheck.warnings(
        pack: pack, assessment: assessment, directory: options.directory)
    }
    result.diagnostics += PackBuilder.templateDiagnostics(
      folder: OutputOptions.templateFolder(given: templates))
    var standardError = StandardError()
    for diagnostic in result.diagnostics { print(diagnostic, to: &standardError) }
    print(CheckSummary(directory: options.directory, result: result, period: options.period).line)
    if result.errorCount > 0 { throw ExitCode(1) }
  }
}

/// Writes to standard error, where diagnostics belong (data goes to standard output).
struct StandardError: TextOutputStream {
  mutating func write(_ string: String) {
    FileHandle.standardError.write(Data(string.utf8))
  }
}
