import ArgumentParser
import IndicatorModel

/// Options every command that reads a pack shares: where the pack is, and which period.
struct PackOptions: ParsableArguments {
  @Option(
    name: .customLong("pack"),
    help: ArgumentHelp("The pack folder.", valueName: "DIR"))
  var directory: String = "Indicators"

  @Option(
    help: ArgumentHelp(
      "The reporting period, e.g. \"2013/14 Q4\" (default: pack.yaml's, else the latest in the data).",
      valueName: "LABEL"),
    transform: PackOptions.parsePeriod)
  var period: Period?

  /// Any period label; a label that fits no periodicity is a usage error.
  static func parsePeriod(_ label: String) throws -> Period {
    guard let period = Period(anyLabel: label) else {
      throw ValidationError(
        "\"\(label)\" is not a period label (write e.g. \"2013/14 Q4\", \"2013/14\", \"2019\", \"2019 Q3\", \"2019-09\" or \"2019-09-30\")"
      )
    }
    return period
  }
}
