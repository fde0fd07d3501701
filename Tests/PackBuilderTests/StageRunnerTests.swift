import Foundation
import IndicatorModel
import Testing

@testable import PackBuilder

/// The runner of a build's sequential stages: each is timed and reported in order, and a failure
/// that is not already a `BuildError` names the stage and the path.
@Suite struct StageRunnerTests {
  struct DiskFull: Error {}

  @Test func stagesAreTimedAndReportedInOrder() async throws {
    let reported = Locked<[String]>([])
    let tracker = ProgressTracker(totals: ["load": 1, "assess": 1]) { progress in
      reported.withLock { $0.append(progress.description) }
    }
    var stages = StageRunner(tracker: tracker)
    let loaded = try await stages.run(.load, path: "Indicators") { 42 }
    _ = try await stages.run(.assess, path: "Indicators") { loaded + 1 }
    _ = try await stages.run(.outputs, path: "Output") { () }
    #expect(stages.times.map(\.stage) == [.load, .assess, .outputs])
    #expect(stages.times.allSatisfy { $0.seconds >= 0 })
    // The outputs stage reports through its steps, not under its own name.
    #expect(
      reported.withLock { $0 } == ["[0/2] load", "[1/2] load", "[1/2] assess", "[2/2] assess"])
  }

  @Test func aFailureNamesTheStageAndThePath() async throws {
    var stages = StageRunner(tracker: ProgressTracker(totals: [:]) { _ in })
    let error = await #expect(throws: BuildError.self) {
      try await stages.run(.manifest, path: "Output/pack/2013-14-q4") { throw DiskFull() }
    }
    let message = try #require(error).description
    #expect(
      message.hasPrefix("Output/pack/2013-14-q4: error: manifest and move into place failed: "))
    #expect(stages.times.isEmpty)
  }

  @Test func aBuildErrorPassesThroughUnchanged() async throws {
    var stages = StageRunner(tracker: ProgressTracker(totals: [:]) { _ in })
    let error = await #expect(throws: BuildError.self) {
      try await stages.run(.assess, path: "Indicators") { throw BuildError.noPeriod }
    }
    #expect(try #require(error).description.contains("names no period"))
  }
}
