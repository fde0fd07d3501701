import ArgumentParser
import IndicatorModel
import Importer

/// Options both import commands share: the pack, the indicator, and what a new indicator needs.
struct ImportOptions: ParsableArguments {
  @Option(name: .customLong("pack"), help: ArgumentHelp("The pack folder.", valueName: "DIR"))
  var directory: String = "Indicators"

  @Option(
    help: ArgumentHelp("The pack's indicator id (a new id gets a definition).", valueName: "ID"))
  var indicator: String

  @Option(
    help: ArgumentHelp(
      "For a new indicator: type and multiplier, e.g. rate:10000, proportion, count (default: read from the figures).",
      valueName: "TYPE[:MULTIPLIER]"),
    transform: ImportOptions.parseMeasure)
  var measure: MeasureSpec?

  @Option(
    help: ArgumentHelp(
      "For a new indicator: its periodicity (default: read from the period labels).",
      valueName: "PERIODICITY"),
    transform: ImportOptions.parsePeriodicity)
  var periodicity: Periodicity?

  @Option(
    help: ArgumentHelp(
      "For a new indicator: its theme id (default: pack.yaml's first).", valueName: "ID"))
  var theme: String?

  @Option(
    help: ArgumentHelp(
      "For a new indicator: its title (default: the export's name).", valueName: "TEXT"))
  var title: String?

  @Flag(help: "Print what the import would change, and write nothing.")
  var dryRun = false

  @Flag(
    help:
      "Import an export that ends before the data the pack holds for its area (an older release); without it such an import stops."
  )
  var acceptOlder = false

  static func parseMeasure(_ text: String) throws -> MeasureSpec {
    guard let spec = MeasureSpec(text) else {
      throw ValidationError(
        "\"\(text)\" is not a measure (write e.g. rate:10000, proportion, proportion:1000, count or value)"
      )
    }
    return spec
  }

  static func parsePeriodicity(_ text: String) throws -> Periodicity {
    guard let periodicity = Periodicity(rawValue: text) else {
      throw ValidationError(
        "\"\(text)\" is not a periodicity (expected one of: \(Periodicity.allCases.map(\.rawValue).joined(separator: ", ")))"
      )
    }
    return periodicity
  }

  /// The request for one file.
  func request(file: String, source: ImportRequest.Source) -> ImportRequest {
    ImportRequest(
      packDirectory: directory, file: file, indicatorID: indicator, source: source,
      measure: measure, periodicity: periodicity, theme: theme, title: title, dryRun: dryRun,
      acceptOlder: acceptOlder)
  }
}
