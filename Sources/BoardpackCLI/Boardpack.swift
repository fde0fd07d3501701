import ArgumentParser
import PackBuilder

/// `boardpack`: quarterly performance packs for boards, from a folder of indicator files.
@main
struct Boardpack: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "boardpack",
    abstract: "Turn quarterly indicator data into a board-ready performance pack.",
    version: BoardpackVersion.current,
    subcommands: [
      CheckCommand.self, AssessCommand.self, ExceptionsCommand.self, ChangesCommand.self,
      CommentaryCommand.self, BuildCommand.self, ChartCommand.self, EmailCommand.self,
      ImportCommand.self, InitCommand.self,
    ]
  )

  /// The process's entry: tunes the allocator for building packs (`AllocatorTuning`), a
  /// setting for the whole process that only the executable may make, then runs the command.
  static func main() async {
    AllocatorTuning.keepFreedMemory()
    await main(nil)
  }
}

/// The version written into assessments and manifests.
enum BoardpackVersion {
  static let current = "0.2.0"
}
