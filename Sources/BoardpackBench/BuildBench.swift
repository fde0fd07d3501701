import Foundation
import IndicatorModel
import PackBuilder

#if canImport(Glibc)
  import Glibc
#endif

/// Whole builds (`boardpack build`, every output), each in a child process of its own, so each
/// size's peak memory (VmHWM) is its own and no run warms the next one's caches.
enum BuildBench {
  /// What one child build reports, as one line of JSON on its standard output.
  struct Figures: Codable {
    var wall: Double
    var cpu: Double
    var peakKiB: Int
    var files: Int
    var stages: [String: Double]
    var steps: [String: Double]
  }

  /// The child: builds `pack` into `output` and prints its figures. Its allocator is tuned as
  /// `boardpack`'s is, so the figures are those of `boardpack build`.
  static func child(pack: String, output: String, period: String?) async -> Int32 {
    AllocatorTuning.keepFreedMemory()
    let request = BuildRequest(
      pack: pack, output: output,
      period: period.flatMap { Period($0, periodicity: .financialQuarter) },
      kinds: Set(OutputKind.allCases), version: "bench")
    let clock = ContinuousClock()
    let start = clock.now
    do {
      let result = try await PackBuilder.build(request)
      let wall = clock.now - start
      var usage = rusage()
      getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
      let cpu =
        Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
      let figures = Figures(
        wall: Double(wall.components.seconds) + Double(wall.components.attoseconds) / 1e18,
        cpu: cpu, peakKiB: PeakMemory.read() ?? 0, files: result.files.count,
        stages: Dictionary(result.stages.map { ($0.name, $0.seconds) }) { a, _ in a },
        steps: Dictionary(result.steps.map { ($0.name, $0.seconds) }) { a, _ in a })
      let data = try JSONEncoder().encode(figures)
      print(String(decoding: data, as: UTF8.self))
      return 0
    } catch {
      FileHandle.standardError.write(Data("\(error)\n".utf8))
      return 1
    }
  }

  /// Runs a child build `repeats` times and keeps the fastest.
  static func run(pack: String, period: String?, repeats: Int) -> Figures? {
    var best: Figures?
    for _ in 0..<repeats {
      let output = FileManager.default.temporaryDirectory
        .appendingPathComponent("boardpack-bench-\(UUID().uuidString)")
      defer { try? FileManager.default.removeItem(at: output) }
      let process = Process()
      process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
      process.arguments = ["--child-build", pack, output.path] + (period.map { [$0] } ?? [])
      let pipe = Pipe()
      process.standardOutput = pipe
      guard (try? process.run()) != nil else { return nil }
      let data = pipe.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      guard process.terminationStatus == 0,
        let figures = try? JSONDecoder().decode(Figures.self, from: data)
      else { return nil }
      if best == nil || figures.wall < best!.wall { best = figures }
    }
    return best
  }
}
