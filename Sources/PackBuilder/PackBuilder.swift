import Analysis
import Foundation
import IndicatorModel
import PackLoader

/// What a build wrote and how long each stage took.
public struct BuildResult: Sendable {
  /// `Output/<pack-id>/<period-slug>`.
  public var folder: URL
  public var files: [FileDigest]
  /// Stage name and seconds, in order: load, assess, write outputs, manifest and move into place.
  public var stages: [(name: String, seconds: Double)]
  /// Each output step and its own seconds, in the order they were started; they run at the same
  /// time, so together they take the "write outputs" stage, not their sum.
  public var steps: [(name: String, seconds: Double)]
  /// Lines to show the user although the build succeeded: a previous pack that could not be
  /// removed, with the folder to delete.
  public var warnings: [String]
}

/// `boardpack build`: a pipeline of named steps from a pack folder to a finished pack folder.
public enum PackBuilder {
  /// Loads, checks and assesses the pack, runs the steps for the requested outputs at the same
  /// time, writes the manifest, and moves the result into place (`OutputFolder`). Throws a
  /// `BuildError`, and only that, leaving the previous pack in place, when the pack has errors,
  /// the output folder cannot be used or is being built by another process, or any step fails.
  ///
  /// - Parameter progress: called from any thread as units of work finish (see
  ///   `BuildProgress`); calls do not overlap.
  public static func build(
    _ request: BuildRequest, progress: @escaping @Sendable (BuildProgress) -> Void = { _ in }
  ) async throws -> BuildResult {
    do {
      return try await perform(request, progress: progress)
    } catch let error as BuildError {
      throw error
    } catch {
      throw BuildError.unexpected(FileProblem.describe(error))
    }
  }

  static func perform(
    _ request: BuildRequest, progress: @escaping @Sendable (BuildProgress) -> Void
  ) async throws -> BuildResult {
    var stages: [(String, Double)] = []
    let clock = ContinuousClock()
    var start = clock.now
    func lap(_ name: String) {
      stages.append((name, seconds(clock.now - start)))
      start = clock.now
    }
    let tracker = ProgressTracker(
      totals: ["load": 1, "assess": 1, "manifest": 1], report: progress)

    tracker.started("load")
    let loaded = PackLoader.load(from: request.pack)
    guard let pack = loaded.pack, loaded.errorCount == 0 else {
      throw BuildError.invalidPack(loaded.diagnostics)
    }
    tracker.advance("load")
    lap("load")
    tracker.started("assess")
    let assessment = Assessor.assess(
      pack, period: request.period, generatorVersion: request.version)
    guard let period = assessment.period else { throw BuildError.noPeriod }
    tracker.advance("assess")
    lap("assess")

    let folder = try OutputFolder(output: request.output, packID: pack.id, slug: period.slug)
    defer { folder.release() }
    let destination = folder.destination
    let writer = StagingWriter(folder: folder)
    let context = BuildContext(
      pack: pack, assessment: assessment, period: period, request: request,
      chartSVGs: BuildSteps.dashboardTakesChartSVGs(request.kinds) ? ChartSVGGate() : nil)
    let steps = BuildSteps.steps(for: request.kinds)
    for step in steps { tracker.expect(step.name, units: step.units(context)) }
    // Each step's own time, recorded by the step's thread as it ends.
    let timings = Locked<[String: Double]>([:])
    var warnings: [String] = []
    // One step, on its own thread (`DedicatedThread`).
    @Sendable func run(_ step: BuildStep) throws {
      tracker.started(step.name)
      let stepStart = clock.now
      defer {
        let elapsed = seconds(clock.now - stepStart)
        timings.withLock { $0[step.name] = elapsed }
      }
      do {
        try step.run(context, writer, tracker.step(step.name))
      } catch let error as BuildError {
        throw error
      } catch {
        throw BuildError.stepFailed(
          step: step.name, path: folder.destinationPath, reason: FileProblem.describe(error))
      }
    }
    do {
      try await withThrowingTaskGroup(of: Void.self) { group in
        for step in steps {
          group.addTask {
            try await DedicatedThread.run("boardpack \(step.name)") { try run(step) }
          }
        }
        try await group.waitForAll()
      }
      lap("write outputs")
      tracker.started("manifest")
      let inputs = loaded.inputs.map {
        FileDigest(path: $0.path, sha256: $0.sha256, bytes: $0.bytes)
      }
      let manifest = Manifest(
        version: request.version, packID: pack.id, period: period.label,
        inputs: inputs + writer.inputs, outputs: writer.files)
      do {
        try writer.write(try manifest.jsonData(), to: "manifest.json")
      } catch {
        throw BuildError.stepFailed(
          step: "manifest.json", path: folder.destinationPath, reason: FileProblem.describe(error))
      }
      warnings = try folder.commit()
      tracker.advance("manifest")
      lap("manifest and move into place")
    } catch {
      folder.discard()
      throw error
    }
    let stepTimes = timings.withLock { $0 }
    return BuildResult(
      folder: destination, files: writer.files, stages: stages,
      steps: steps.compactMap { step in stepTimes[step.name].map { (step.name, $0) } },
      warnings: warnings)
  }

  static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }
}
