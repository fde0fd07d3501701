import ArgumentParser
import Analysis
import IndicatorModel
import PackBuilder
import PackLoader

extension PackOptions {
  /// Loads the pack, or prints its errors to standard error and exits 1: nothing is assessed or
  /// built from a pack with errors (`boardpack check` shows the warnings too).
  func loadPack() throws -> Pack {
    let result = PackLoader.load(from: directory)
    guard let pack = result.pack, result.errorCount == 0 else {
      var standardError = StandardError()
      for diagnostic in result.diagnostics where diagnostic.severity == .error {
        print(diagnostic, to: &standardError)
      }
      print(
        "\(directory): \(result.errorCount) error\(result.errorCount == 1 ? "" : "s"); run `boardpack check` for details",
        to: &standardError)
      throw ExitCode(1)
    }
    return pack
  }

  /// Loads the pack and runs the rules engine at the chosen period.
  func loadAssessment() throws -> (pack: Pack, assessment: Assessment) {
    let pack = try loadPack()
    let assessment = Assessor.assess(
      pack, period: period, generatorVersion: BoardpackVersion.current)
    return (pack, assessment)
  }
}

extension PackOptions {
  /// Loads and assesses the pack, and compares it with the last pack (`boardpack changes`,
  /// `assess`), as a build does; a `--since` that names no earlier snapshot of this pack exits 1.
  func loadAssessment(comparing comparison: ComparisonOptions) throws -> (
    pack: Pack, assessment: Assessment
  ) {
    var (pack, assessment) = try loadAssessment()
    do {
      _ = try PackBuilder.compare(
        &assessment, pack: pack, since: comparison.since, output: comparison.output)
    } catch {
      var standardError = StandardError()
      print(error, to: &standardError)
      throw ExitCode(1)
    }
    return (pack, assessment)
  }
}
