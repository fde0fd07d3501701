import Analysis
import Foundation
import IndicatorModel
import PackLoader

/// What a build wrote and how long each stage took.
public struct BuildResult: Sendable {
  /// `Output/<pack-id>/<period-slug>`.
  public var folder: URL
  public var files: [FileDigest]
  /// Each stage and its seconds, in order: load, assess, write outputs, manifest and move into
  /// place.
  public var stages: [StageTime]
  /// Each output step, its own seconds and the files it wrote, in the order they were started;
  /// they run at the same time, so together they take the "write outputs" stage, not their sum.
  public var steps: [StepTime]
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
      totals: Dictionary(
        uniqueKeysWithValues: BuildStage.allCases.compactMap(\.progressStep).map {
          ($0.rawValue, 1)
        }),
      report: progress)
    var stages = StageRunner(tracker: tracker)
    let packPath = request.pack
    let loaded = try await stages.run(.load, path: packPath) { PackLoader.load(from: request.pack) }
    guard let pack = loaded.pack, loaded.errorCount == 0 else {
      throw BuildError.invalidPack(loaded.diagnostics)
    }
    guard !pack.indicators.isEmpty else {
      throw BuildError.noIndicators(packFile: "\(packPath)/pack.yaml")
    }
    // Assessed, then compared with the last pack (`compare`), in the assess stage's time.
    let (assessment, previous) = try await stages.run(.assess, path: packPath) {
      var assessment = Assessor.assess(
        pack, period: request.period, generatorVersion: request.version)
      let previous = try compare(
        &assessment, pack: pack, since: request.since, output: request.output)
      return (assessment, previous)
    }
    guard let period = assessment.period else { throw BuildError.noPeriod }

    let folder = try OutputFolder(output: request.output, packID: pack.id, slug: period.slug)
    defer { folder.release() }
    let writer = StagingWriter(folder: folder)
    let context = BuildContext(
      pack: pack, assessment: assessment, period: period, request: request,
      drawsChartSVGs: request.kinds.contains(.charts))
    let runner = StepRunner(
      context: context, writer: writer, tracker: tracker,
      destinationPath: folder.destinationPath)
    let path = folder.destinationPath
    do {
      let timings = try await stages.run(.outputs, path: path) {
        try await runner.run(BuildSteps.steps(for: request.kinds))
      }
      let warnings = try await stages.run(.manifest, path: path) {
        let inputs = loaded.inputs.map {
          FileDigest(path: $0.path, sha256: $0.sha256, bytes: $0.bytes)
        }
        let compared = previous.map {
          FileDigest(path: $0.manifestPath, sha256: $0.sha256, bytes: $0.data.count)
        }
        let manifest = Manifest(
          version: request.version, packID: pack.id, period: period.label,
          inputs: inputs + writer.inputs + (compared.map { [$0] } ?? []), outputs: writer.files)
        try writer.write(try manifest.jsonData(), to: "manifest.json", by: .manifest)
        return try folder.commit()
      }
      return BuildResult(
        folder: folder.destination, files: writer.files, stages: stages.times,
        steps: timings.map { StepTime(step: $0.step, seconds: $0.seconds, files: $0.files) },
        warnings: warnings)
    } catch {
      folder.discard()
      throw error
    }
  }

  /// Sets `assessment.changes` from the last pack's snapshot (`since`, the `--since` folder,
  /// else the latest earlier period in `output`), and returns the snapshot read, for the
  /// manifest. Throws `BuildError.since` when `since` names no snapshot of an earlier period of
  /// this pack.
  public static func compare(
    _ assessment: inout Assessment, pack: Pack, since: String?, output: String
  ) throws(BuildError) -> PreviousSnapshot? {
    guard let period = assessment.period else { return nil }
    let found: PreviousSnapshot?
    do {
      found = try PreviousSnapshot.find(
        since: since, output: output, packID: pack.id, before: period)
      assessment.changes = try PackChanges(
        assessment, snapshotData: found?.data, folderPeriod: found?.period, rules: pack.rules)
    } catch let error as PreviousSnapshotError {
      throw .since(error.description)
    } catch let error as ComparisonError {
      throw .since("\(since ?? output): error: --since: \(error.reason)")
    } catch {
      throw .unexpected(FileProblem.describe(error))
    }
    return found
  }

  static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }
}
