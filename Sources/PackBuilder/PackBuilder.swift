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
  /// Each output step, its own seconds and the files it wrote, in the order they were started;
  /// they run at the same time, so together they take the "write outputs" stage, not their sum.
  public var steps: [(name: String, seconds: Double, files: Int)]
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
    let tracker = ProgressTracker(
      totals: [
        BuildStepID.load.rawValue: 1, BuildStepID.assess.rawValue: 1,
        BuildStepID.manifest.rawValue: 1,
      ], report: progress)
    var stages = StageTimes()
    tracker.started(BuildStepID.load.rawValue)
    let loaded = PackLoader.load(from: request.pack)
    guard let pack = loaded.pack, loaded.errorCount == 0 else {
      throw BuildError.invalidPack(loaded.diagnostics)
    }
    tracker.advance(BuildStepID.load.rawValue)
    stages.lap("load")
    tracker.started(BuildStepID.assess.rawValue)
    let assessment = Assessor.assess(
      pack, period: request.period, generatorVersion: request.version)
    guard let period = assessment.period else { throw BuildError.noPeriod }
    tracker.advance(BuildStepID.assess.rawValue)
    stages.lap("assess")

    let folder = try OutputFolder(output: request.output, packID: pack.id, slug: period.slug)
    defer { folder.release() }
    let writer = StagingWriter(folder: folder)
    let context = BuildContext(
      pack: pack, assessment: assessment, period: period, request: request,
      drawsChartSVGs: request.kinds.contains(.charts))
    let runner = StepRunner(
      context: context, writer: writer, tracker: tracker,
      destinationPath: folder.destinationPath)
    let timings: [StepRunner.Timing]
    var warnings: [String] = []
    do {
      timings = try await runner.run(BuildSteps.steps(for: request.kinds))
      stages.lap("write outputs")
      tracker.started(BuildStepID.manifest.rawValue)
      let inputs = loaded.inputs.map {
        FileDigest(path: $0.path, sha256: $0.sha256, bytes: $0.bytes)
      }
      let manifest = Manifest(
        version: request.version, packID: pack.id, period: period.label,
        inputs: inputs + writer.inputs, outputs: writer.files)
      do {
        try writer.write(try manifest.jsonData(), to: "manifest.json", by: .manifest)
      } catch {
        throw BuildError.stepFailed(
          step: "manifest.json", path: folder.destinationPath, reason: FileProblem.describe(error))
      }
      warnings = try folder.commit()
      tracker.advance(BuildStepID.manifest.rawValue)
      stages.lap("manifest and move into place")
    } catch {
      folder.discard()
      throw error
    }
    return BuildResult(
      folder: folder.destination, files: writer.files, stages: stages.times,
      steps: timings.map { ($0.step.rawValue, $0.seconds, $0.files) }, warnings: warnings)
  }

  static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }
}

/// The sequential stages of a build, timed one after another: each ends when the next begins.
struct StageTimes {
  private(set) var times: [(name: String, seconds: Double)] = []
  private let clock = ContinuousClock()
  private var start: ContinuousClock.Instant

  init() { start = clock.now }

  /// The stage now ending, named.
  mutating func lap(_ name: String) {
    times.append((name, PackBuilder.seconds(clock.now - start)))
    start = clock.now
  }
}
