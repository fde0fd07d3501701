import IndicatorModel

/// Why a build stopped. Nothing is left half-written: the previous good pack stays in place.
public enum BuildError: Error, CustomStringConvertible {
  /// The pack has errors; `boardpack check` lists them.
  case invalidPack([Diagnostic])
  /// The pack names no reporting period and has no data to take one from.
  case noPeriod
  /// A step failed; `step` names it, `path` the file it was writing.
  case stepFailed(step: String, path: String, reason: String)

  public var description: String {
    switch self {
    case .invalidPack(let diagnostics):
      let errors = diagnostics.filter { $0.severity == .error }
      let count = diagnostics.errorCount
      return
        (errors.map(\.description)
        + ["the pack has \(count) error\(count == 1 ? "" : "s"); nothing was built"])
        .joined(separator: "\n")
    case .noPeriod:
      return "the pack names no period and has no data: set `period:` in pack.yaml or use --period"
    case .stepFailed(let step, let path, let reason):
      return "\(path): error: \(step) failed: \(reason); the previous pack was left as it was"
    }
  }
}
