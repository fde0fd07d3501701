import ArgumentParser

/// `boardpack import`: published benchmark data into the pack's data format.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Bring a Fingertips export or any long CSV table into the pack.",
    discussion: """
      Writes the rows for the pack's areas to <pack>/data/<indicator>.csv (updating it in \
      place: new periods, revised values and rows that disappeared are printed), writes a \
      definition for a new indicator with polarity left for you to set, and cross-checks \
      boardpack's comparisons and trends against the publisher's own. Nothing is written when \
      any row has an error. See docs/import.md.
      """,
    subcommands: [ImportFingertipsCommand.self, ImportCSVCommand.self])
}
