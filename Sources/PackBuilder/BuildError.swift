import IndicatorModel

/// Why a build stopped. Nothing is left half-written: the previous good pack stays in place.
/// Each message names a path and says what to do; none is Foundation's error text.
public enum BuildError: Error, CustomStringConvertible {
  /// The pack has errors; `boardpack check` lists them.
  case invalidPack([Diagnostic])
  /// The pack names no reporting period and has no data to take one from.
  case noPeriod
  /// The pack has no indicators yet (a warning for `check`, so `import` can start a pack).
  case noIndicators(packFile: String)
  /// A step failed; `step` names it, `path` the file it was writing.
  case stepFailed(step: String, path: String, reason: String)
  /// The output folder could not be made, locked, written or moved: `action` is what the build
  /// was doing (`create the output folder`), `reason` what the system said, in words
  /// (`FileProblem`), and `advice` what the user can do.
  case output(path: String, action: String, reason: String, advice: String)
  /// Another build is writing the same period folder; `holder` names its process.
  case busy(path: String, holder: String)
  /// An output file or folder name from the pack would not stay inside the output folder.
  case unsafeOutputPath(OutputPathError)
  /// `--since` names no snapshot that can be the last pack: the message in full.
  case since(String)
  /// Anything else, already in words (never Foundation's error text).
  case unexpected(String)

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
    case .noIndicators(let packFile):
      return
        "\(packFile): error: the pack has no indicators, so there is nothing to build; add a definition file to the indicators folder, or bring one in with `boardpack import`"
    case .stepFailed(let step, let path, let reason):
      return "\(path): error: \(step) failed: \(reason); the previous pack was left as it was"
    case .output(let path, let action, let reason, let advice):
      return "\(path): error: cannot \(action): \(reason); \(advice)"
    case .busy(let path, let holder):
      return
        "\(path): error: another build is writing this pack now (\(holder)); wait for it to "
        + "finish, or stop it, then build again"
    case .unsafeOutputPath(let error):
      return error.description
    case .since(let message):
      return message
    case .unexpected(let reason):
      return "error: the build stopped: \(reason); the previous pack was left as it was"
    }
  }
}
