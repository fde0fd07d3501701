import Analysis
import IndicatorModel
import Mail
import PackLoader

/// One `boardpack email` run: the request, and the assessed pack and send folder every step reads.
struct EmailSession {
  let request: EmailRequest
  let pack: Pack
  let assessment: Assessment
  let period: Period
  /// `<output>/<pack-id>/email/<period-slug>`: the send log, the drafts and the lock.
  let folder: SendFolder

  /// Loads and checks the pack and assesses it at the period: a pack with errors or without a
  /// period stops the run (`boardpack check` shows the warnings too).
  init(_ request: EmailRequest) throws(EmailFailure) {
    let directory = request.packDirectory
    let loaded = PackLoader.load(from: directory)
    guard let pack = loaded.pack, loaded.errorCount == 0 else {
      let count = loaded.errorCount
      let errors = loaded.diagnostics.filter { $0.severity == .error }.map { "\($0)" }
      let total =
        "\(directory): \(count) error\(count == 1 ? "" : "s"); run `boardpack check` for details"
      throw EmailFailure((errors + [total]).joined(separator: "\n"), path: directory)
    }
    var assessment = Assessor.assess(
      pack, period: request.period, generatorVersion: request.version)
    guard let period = assessment.period else {
      throw EmailFailure(
        "error: the pack names no reporting period and has no data", path: directory)
    }
    // What changed since the last pack, as the build compares it (PackBuilder.compare).
    do {
      let found = try PreviousSnapshot.find(
        since: request.since, output: request.output, packID: pack.id, before: period)
      assessment.changes = try PackChanges(
        assessment, snapshotData: found?.data, folderPeriod: found?.period, rules: pack.rules)
    } catch let error as PreviousSnapshotError {
      throw EmailFailure(error.description, path: error.path)
    } catch let error as ComparisonError {
      let since = request.since ?? request.output
      throw EmailFailure("\(since): error: --since: \(error.reason)", path: since)
    } catch {
      throw EmailFailure("\(request.output): error: \(error)", path: request.output)
    }
    self.request = request
    self.pack = pack
    self.assessment = assessment
    self.period = period
    folder = SendFolder(output: request.output, pack: pack.id, period: period)
  }
}
