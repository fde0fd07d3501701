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
    let assessment = Assessor.assess(
      pack, period: request.period, generatorVersion: request.version)
    guard let period = assessment.period else {
      throw EmailFailure(
        "error: the pack names no reporting period and has no data", path: directory)
    }
    self.request = request
    self.pack = pack
    self.assessment = assessment
    self.period = period
    folder = SendFolder(output: request.output, pack: pack.id, period: period)
  }
}
