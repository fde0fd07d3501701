import ArgumentParser
import Importer

/// `boardpack import fingertips FILE --indicator ID`.
struct ImportFingertipsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fingertips",
    abstract: "Import a Fingertips CSV export (site download or fingertipsR).",
    discussion: """
      Keeps one Fingertips indicator, one sex and age breakdown and the whole-area rows, for \
      the pack's area, comparators and group members. Value, count (as numerator), \
      denominator, the published 95% CI and value notes are kept; a -1 CI and blank or dashed \
      values are missing. Example:

        boardpack import fingertips ft_90284.csv --indicator injury-admissions
      """)

  @Argument(help: ArgumentHelp("The export.", valueName: "FILE"))
  var file: String

  @OptionGroup var options: ImportOptions

  @Option(
    help: ArgumentHelp(
      "Cross-check every area in the file (only the pack's are written).", valueName: "all"))
  var areas: String?

  @Option(
    help: ArgumentHelp("The breakdown by sex to keep, when the file has several.", valueName: "S"))
  var sex: String?

  @Option(
    help: ArgumentHelp("The breakdown by age to keep, when the file has several.", valueName: "A"))
  var age: String?

  @Option(help: ArgumentHelp("A category's rows instead of the whole-area rows.", valueName: "C"))
  var category: String?

  @Option(
    name: .customLong("fingertips-id"),
    help: ArgumentHelp(
      "The Fingertips indicator to take from a file holding several.", valueName: "N"))
  var fingertipsID: String?

  func validate() throws {
    if let areas, areas != "all" { throw ValidationError("--areas takes only \"all\"") }
  }

  func run() throws {
    let source = ImportRequest.Source.fingertips(
      FingertipsOptions(
        fingertipsID: fingertipsID, sex: sex, age: age, category: category,
        allAreas: areas == "all"))
    try ImportReport.run(options.request(file: file, source: source))
  }
}
