/// The stages of a build, one after another; the outputs stage runs its steps at the same time.
public enum BuildStage: String, CaseIterable, Sendable {
  /// Read and check the pack folder.
  case load
  /// Run the rules engine at the reporting period.
  case assess
  /// The output steps (`BuildStepID`), at the same time.
  case outputs = "write outputs"
  /// Write `manifest.json` and swap the staged pack into place.
  case manifest = "manifest and move into place"

  /// The name shown in the build summary and the bench.
  public var name: String { rawValue }

  /// The progress line's step for this stage; the outputs stage reports its steps instead.
  var progressStep: BuildStepID? {
    switch self {
    case .load: .load
    case .assess: .assess
    case .outputs: nil
    case .manifest: .manifest
    }
  }
}

/// How long one stage took.
public struct StageTime: Sendable {
  public var stage: BuildStage
  public var seconds: Double
  /// The stage's name, as shown.
  public var name: String { stage.name }
}

/// How long one output step took, and the files it wrote.
public struct StepTime: Sendable {
  public var step: BuildStepID
  public var seconds: Double
  public var files: Int
  /// The step's name, as shown.
  public var name: String { step.rawValue }
}
