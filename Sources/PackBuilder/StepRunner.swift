import Foundation
import IndicatorModel

/// Runs a build's output steps: each on a thread of its own, started once the steps it comes
/// after have finished. The runner owns what every step shares: its progress, its time, the
/// files it wrote, and its failure, which becomes a `BuildError` naming the step and the path.
struct StepRunner {
  let context: BuildContext
  let writer: StagingWriter
  let tracker: ProgressTracker
  /// The pack folder being built, for messages.
  let destinationPath: String

  /// What one step took and wrote.
  struct Timing: Sendable {
    let step: BuildStepID
    let seconds: Double
    let files: Int
  }

  /// A step that did not run because a step it comes after failed.
  struct Skipped: Error {}

  /// Runs the steps; their timings in the order given, or the first failure in that order.
  func run(_ steps: [BuildStep]) async throws -> [Timing] {
    let present = Set(steps.map(\.id))
    let completions = Dictionary(uniqueKeysWithValues: steps.map { ($0.id, StepCompletion()) })
    for step in steps { tracker.expect(step.name, units: step.units(context)) }
    let results = await withTaskGroup(of: (Int, Result<Timing, any Error>).self) { group in
      for (index, step) in steps.enumerated() {
        let waitsFor = step.after.filter(present.contains).compactMap { completions[$0] }
        let done = completions[step.id]!
        group.addTask {
          let result = await Result(catching: {
            try await DedicatedThread.run("boardpack \(step.name)") {
              defer { done.finish(succeeded: false) }  // after a throw; a success came first
              guard waitsFor.allSatisfy({ $0.wait() }) else { throw Skipped() }
              let timing = try run(step)
              done.finish(succeeded: true)
              return timing
            }
          })
          return (index, result)
        }
      }
      var results: [(Int, Result<Timing, any Error>)] = []
      for await result in group { results.append(result) }
      return results.sorted { $0.0 < $1.0 }.map(\.1)
    }
    let failures = results.compactMap { result -> (any Error)? in
      if case .failure(let error) = result, !(error is Skipped) { return error }
      return nil
    }
    if let first = failures.first { throw first }
    return try results.map { try $0.get() }
  }

  /// One step, timed, its failure in words.
  private func run(_ step: BuildStep) throws -> Timing {
    let clock = ContinuousClock()
    tracker.started(step.name)
    let start = clock.now
    do {
      try step.run(context, StepWriter(writer: writer, step: step.id), tracker.step(step.name))
    } catch let error as BuildError {
      throw error
    } catch {
      throw BuildError.stepFailed(
        step: step.name, path: destinationPath, reason: FileProblem.describe(error))
    }
    return Timing(
      step: step.id, seconds: PackBuilder.seconds(clock.now - start),
      files: writer.fileCount(of: step.id))
  }
}

extension Result where Failure == any Error {
  /// The result of async work that may throw.
  init(catching work: () async throws -> Success) async {
    do {
      self = .success(try await work())
    } catch {
      self = .failure(error)
    }
  }
}
