import ArgumentParser
import Analysis
import IndicatorModel
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
