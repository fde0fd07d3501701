import ArgumentParser
import Analysis
import Foundation

/// `boardpack assess`: the rules engine's reading of every indicator.
struct AssessCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "assess",
    abstract: "Run the rules engine and print the assessment of every indicator.",
    discussion: """
      For each indicator: the latest value at the reporting period, the target status (RAG), \
      the direction of travel, the SPC variation and assurance readings, the comparison with \
      England, and whether it is an exception for the board.

      --format json prints the assessment exactly as docs/assessment.schema.json defines it \
      (numbers unrounded, missing readings as null), for other tools to read.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, json
  }

  @OptionGroup var options: PackOptions
  @OptionGroup var comparison: ComparisonOptions

  @Option(help: "table (for people) or json (assessment.schema.json).")
  var format: Format = .table

  func run() throws {
    let (pack, assessment) = try options.loadAssessment(comparing: comparison)
    switch format {
    case .json:
      FileHandle.standardOutput.write(try assessment.jsonData())
      FileHandle.standardOutput.write(Data("\n".utf8))
    case .table:
      print(AssessmentTable(pack: pack, assessment: assessment).text, terminator: "")
    }
  }
}
