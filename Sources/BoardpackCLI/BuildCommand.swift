import ArgumentParser
import Foundation
import PackBuilder

/// `boardpack build`: the whole pack into `Output/<pack-id>/<period-slug>/`.
struct BuildCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "build",
    abstract: "Write the pack into Output/<pack-id>/<period-slug>/.",
    discussion: """
      Checks the pack first and refuses to build one with errors. Everything is written into a \
      staging folder beside the destination and swapped into place in one step only when every \
      step succeeded (where the file system cannot swap, two renames through \
      .<period-slug>.previous, which the next build puts back if a build was stopped between \
      them), so a failed or killed build never leaves a half-written pack and never loses the \
      last good one. No output file is written outside the pack's folder. A second build into \
      the same folder while one runs stops at once, naming the running one. The period folder \
      holds only what the build makes: a rebuild replaces all of it. The same inputs give \
      byte-identical files. manifest.json lists the SHA-256 of every input and output file.
      """)

  @OptionGroup var options: PackOptions

  @OptionGroup var outputOptions: OutputOptions

  @Option(help: ArgumentHelp("Outputs to write, comma-separated.", valueName: "LIST"))
  var format: OutputSelection = .all

  @Flag(help: "Print only errors and warnings.")
  var quiet = false

  func validate() throws {
    try outputOptions.validateTemplates()
  }

  func run() async throws {
    let request = BuildRequest(
      pack: options.directory, output: outputOptions.output, period: options.period,
      kinds: format.kinds, version: BoardpackVersion.current,
      templates: outputOptions.templateFolder, since: outputOptions.comparison.since)
    let display = BuildDisplay.detect(
      quiet: quiet, environment: ProcessInfo.processInfo.environment)
    let line = ProgressLine()
    let result: BuildResult
    do {
      result = try await PackBuilder.build(request) { progress in
        if display == .terminal { line.show(progress) }
      }
    } catch {
      // PackBuilder throws only BuildError, whose every message names a path and a remedy.
      line.clear()
      var standardError = StandardError()
      print(error as? BuildError ?? BuildError.unexpected("\(type(of: error))"), to: &standardError)
      throw ExitCode(1)
    }
    line.clear()
    // The pack is in place: exit 0, but say what is left to clean up (even with --quiet).
    var standardError = StandardError()
    for warning in result.warnings { print(warning, to: &standardError) }
    let summary = BuildSummary(
      result: result,
      folder:
        "\(outputOptions.output)/\(result.folder.pathComponents.suffix(2).joined(separator: "/"))")
    switch display {
    case .quiet: return
    case .terminal: summary.short.forEach { print($0) }
    case .plain: summary.plain.forEach { print($0) }
    }
  }
}
