import Foundation
import IndicatorModel

/// Runs a build's stages one after another. Like `StepRunner` for the output steps, it owns
/// what every stage shares: its progress line, its time, and its failure, which becomes a
/// `BuildError` naming the stage and the path.
struct StageRunner {
  let tracker: ProgressTracker
  /// Each stage run so far, with its seconds, in order.
  private(set) var times: [StageTime] = []

  init(tracker: ProgressTracker) { self.tracker = tracker }

  /// Runs `work` as `stage`; `path` is named if it fails with anything but a `BuildError`.
  mutating func run<T>(
    _ stage: BuildStage, path: String, _ work: () async throws -> T
  ) async throws -> T {
    let clock = ContinuousClock()
    let start = clock.now
    if let step = stage.progressStep { tracker.started(step.rawValue) }
    let value: T
    do {
      value = try await work()
    } catch let error as BuildError {
      throw error
    } catch {
      throw BuildError.stepFailed(
        step: stage.name, path: path, reason: FileProblem.describe(error))
    }
    if let step = stage.progressStep { tracker.advance(step.rawValue) }
    times.append(StageTime(stage: stage, seconds: PackBuilder.seconds(clock.now - start)))
    return value
  }
}
