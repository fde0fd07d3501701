import ArgumentParser
import Foundation
import IndicatorModel
import PackLoader

/// `boardpack init DIR`: write a small working pack to start from.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Write a small working pack to start from.",
    discussion: """
      Writes pack.yaml, three indicator definitions in two themes, a data CSV with twelve \
      quarters and England benchmarks, commentary for the latest quarter, partners.yaml and \
      meetings.yaml into DIR. The figures are illustrative. The pack passes `boardpack check \
      --pack DIR`; edit it into your own.

      DIR must be new or empty: init never overwrites files.
      """)

  @Argument(help: ArgumentHelp("The folder to create.", valueName: "DIR"))
  var directory: String

  func run() throws {
    do {
      try StarterPack.write(to: directory)
    } catch let error as StarterPack.WriteError {
      var standardError = StandardError()
      print("error: \(error)", to: &standardError)
      throw ExitCode(1)
    } catch {
      var standardError = StandardError()
      let reason = FileProblem(error)?.reason(at: directory) ?? FileProblem.describe(error)
      print(
        "error: cannot write the starter pack to \(directory): \(reason); choose another folder",
        to: &standardError)
      throw ExitCode(1)
    }
    print(
      "Wrote a starter pack to \(directory). Check it with: boardpack check --pack \(directory)")
  }
}
