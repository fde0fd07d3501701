import Analysis
import Foundation
import IndicatorModel
import TestSupport
import Testing

@testable import PackBuilder

/// The runner of a build's output steps: a step starts after the steps it comes after, a failure
/// is reported once, naming its step, and what depends on it does not run.
@Suite struct StepRunnerTests {
  let runner: StepRunner
  let folder: OutputFolder

  init() throws {
    let root = try TestFolder.make("step-runner")
    let period = try #require(Period("2013/14 Q4", periodicity: .financialQuarter))
    let pack = Pack(
      id: "pack", title: "Pack", organisation: "Council", board: "Board",
      area: Area(code: "E06999999", name: "Borough"), themes: [Theme(id: "t", title: "T")])
    let request = BuildRequest(
      pack: root.path, output: root.path, period: period, kinds: [], version: "test")
    folder = try OutputFolder(output: root.path, packID: "pack", slug: period.slug)
    let context = BuildContext(
      pack: pack, assessment: Assessor.assess(pack, period: period, generatorVersion: "test"),
      period: period, request: request, drawsChartSVGs: true)
    runner = StepRunner(
      context: context, writer: StagingWriter(folder: folder),
      tracker: ProgressTracker(totals: [:]) { _ in }, destinationPath: "Output/pack/2013-14-q4")
  }

  @Test func aStepStartsAfterTheStepsItComesAfter() async throws {
    let order = Locked<[String]>([])
    let slow = BuildStep(.chartSVGs) { _, writer in
      usleep(200_000)
      try writer.write(Data("a".utf8), to: "charts/a.svg")
      order.withLock { $0.append("svgs") }
    }
    let after = BuildStep(.html, after: [.chartSVGs]) { _, writer in
      order.withLock { $0.append(writer.read("charts/a.svg") == nil ? "html early" : "html") }
    }
    let timings = try await runner.run([after, slow])
    defer { folder.release() }
    #expect(order.withLock { $0 } == ["svgs", "html"])
    #expect(timings.map(\.step) == [.html, .chartSVGs])
    #expect(timings.map(\.files) == [0, 1])
  }

  @Test func aFailureNamesItsStepAndWhatComesAfterItDoesNotRun() async throws {
    let ran = Locked(false)
    let failing = BuildStep(.chartSVGs) { _, _ in
      throw ConcurrentFailure(description: "cc-registration: Cairo failed")
    }
    let after = BuildStep(.html, after: [.chartSVGs]) { _, _ in ran.withLock { $0 = true } }
    defer { folder.release() }
    await #expect {
      try await runner.run([after, failing])
    } throws: { error in
      "\(error)"
        == "Output/pack/2013-14-q4: error: chart SVGs failed: cc-registration: Cairo failed; the previous pack was left as it was"
    }
    #expect(ran.withLock { $0 } == false)
  }
}
