import ArgumentParser
import Importer

/// `boardpack import csv FILE --indicator ID --map period=Year,area=LA code,value=Rate`.
struct ImportCSVCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "csv",
    abstract: "Import any long table (Excel, DfE, LG Inform) through a column mapping.",
    discussion: """
      --map names the file's heading for each pack column: period, area (code or name), value, \
      numerator, denominator, lower_ci, upper_ci, status, note. Example:

        boardpack import csv exclusions.csv --indicator permanent-exclusions \\
          --map period=time_period,area=new_la_code,value=perm_excl_rate \\
          --period-format 201617 --where geographic_level="Local authority"
      """)

  @Argument(help: ArgumentHelp("The table.", valueName: "FILE"))
  var file: String

  @OptionGroup var options: ImportOptions

  @Option(
    help: ArgumentHelp(
      "Pack column=file heading pairs, comma-separated.", valueName: "COLUMN=HEADING,..."))
  var map: [String] = []

  @Option(
    name: .customLong("period-format"),
    help: ArgumentHelp(
      "How periods are written: \(PeriodFormat.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")).",
      valueName: "EXAMPLE"))
  var periodFormat: String = PeriodFormat.pack.rawValue

  @Option(
    name: .customLong("where"),
    help: ArgumentHelp(
      "Keep only rows whose column has this value (repeatable).", valueName: "HEADING=VALUE"))
  var filters: [String] = []

  func run() throws {
    guard let format = PeriodFormat(rawValue: periodFormat) else {
      throw ValidationError(
        "--period-format \"\(periodFormat)\" is not one of: \(PeriodFormat.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))"
      )
    }
    let columns: [String: String]
    var parsedFilters: [(heading: String, value: String)] = []
    do {
      columns = try CSVMapping.parse(map)
      for filter in filters { parsedFilters.append(try CSVMapping.parseFilter(filter)) }
    } catch {
      throw ValidationError(error.description)
    }
    let mapping = CSVMapping(columns: columns, periodFormat: format, filters: parsedFilters)
    try ImportReport.run(options.request(file: file, source: .csv(mapping)))
  }
}
