import ArgumentParser

/// `boardpack`: quarterly performance packs for boards, from a folder of indicator files.
@main
struct Boardpack: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "boardpack",
    abstract: "Turn quarterly indicator data into a board-ready performance pack.",
    version: BoardpackVersion.current,
    subcommands: [
      CheckCommand.self, AssessCommand.self, ExceptionsCommand.self, BuildCommand.self,
      ChartCommand.self, EmailCommand.self, ImportCommand.self, InitCommand.self,
    ]
  )
}

/// The version written into assessments and manifests.
enum BoardpackVersion {
  static let current = "0.1.0"
}
