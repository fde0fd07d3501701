import Analysis
import Foundation
import IndicatorModel
import PackLoader

/// What a build wrote and how long each stage took.
public struct BuildResult: Sendable {
  /// `Output/<pack-id>/<period-slug>`.
  public var folder: URL
  public var files: [FileDigest]
  /// Stage name and seconds, in order.
  public var stages: [(name: String, seconds: Double)]
}

/// `boardpack build`: a pipeline of named steps from a pack folder to a finished pack folder.
public enum PackBuilder {
  /// Loads, checks and assesses the pack, runs the steps for the requested outputs at the same
  /// time, writes the manifest, and moves the result into place. Throws, leaving the previous
  /// pack untouched, when the pack has errors or any step fails.
  public static func build(
    _ request: BuildRequest, progress: @escaping @Sendable (String) -> Void = { _ in }
  ) async throws -> BuildResult {
    var stages: [(String, Double)] = []
    let clock = ContinuousClock()
    var start = clock.now
    func lap(_ name: String) {
      let now = clock.now
      let elapsed = now - start
      stages.append(
        (name, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18))
      start = now
    }

    progress("loading \(request.pack)")
    let loaded = PackLoader.load(from: request.pack)
    guard let pack = loaded.pack, loaded.errorCount == 0 else {
      throw BuildError.invalidPack(loaded.diagnostics)
    }
    lap("load")
    let assessment = Assessor.assess(
      pack, period: request.period, generatorVersion: request.version)
    guard let period = assessment.period else { throw BuildError.noPeriod }
    lap("assess")

    let destination = URL(fileURLWithPath: request.output)
      .appendingPathComponent(pack.id).appendingPathComponent(period.slug)
    let folder = try OutputFolder(destination: destination)
    let writer = StagingWriter(folder: folder)
    let context = BuildContext(
      pack: pack, assessment: assessment, period: period, request: request)
    do {
      let steps = BuildSteps.steps(for: request.kinds)
      try await withThrowingTaskGroup(of: Void.self) { group in
        for step in steps {
          group.addTask {
            progress("writing \(step.name)")
            do {
              try step.run(context, writer)
            } catch let error as BuildError {
              throw error
            } catch {
              throw BuildError.stepFailed(
                step: step.name, path: destination.path, reason: "\(error)")
            }
          }
        }
        try await group.waitForAll()
      }
      lap("write outputs")
      let inputs = try Manifest.digests(under: URL(fileURLWithPath: request.pack))
      let manifest = Manifest(
        version: request.version, packID: pack.id, period: period.label, inputs: inputs,
        outputs: writer.files)
      try writer.write(try manifest.jsonData(), to: "manifest.json")
      try folder.commit()
      lap("manifest and move into place")
    } catch {
      folder.discard()
      throw error
    }
    return BuildResult(folder: destination, files: writer.files, stages: stages)
  }
}
