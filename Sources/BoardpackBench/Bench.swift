import Analysis
import CairoCanvas
import Charts
import Foundation
import PackBuilder
import IndicatorModel
import PDFReport
import PackLoader

/// `boardpack-bench`: times the stages of boardpack in release mode and prints a table.
/// Speed is measured here, never by timed assertions in tests (design §10).
@main
struct Bench {
  static func main() async {
    let arguments = CommandLine.arguments
    if arguments.count >= 4, arguments[1] == "--child-build" {
      exit(
        await BuildBench.child(
          pack: arguments[2], output: arguments[3],
          period: arguments.count > 4 ? arguments[4] : nil))
    }
    if arguments.count >= 3, arguments[1] == "--child-check" {
      exit(BadInputBench.child(pack: arguments[2]))
    }
    // `--bad-input`: only the row for the cost of bad input.
    if arguments.count >= 2, arguments[1] == "--bad-input" {
      BadInputBench.run()
      exit(0)
    }
    // `--write-synthetic N DIR`: the synthetic pack as files, to profile a build of it by hand
    // (`perf record boardpack build --pack DIR`).
    if arguments.count >= 4, arguments[1] == "--write-synthetic", let size = Int(arguments[2]) {
      do {
        try SyntheticPack.write(
          indicators: size, periods: 40, to: URL(fileURLWithPath: arguments[3]))
        exit(0)
      } catch {
        Swift.print("cannot write the synthetic pack: \(error)")
        exit(1)
      }
    }
    // `--charts [PACK]`: only the one-chart rows, for working on the renderer.
    if arguments.count >= 2, arguments[1] == "--charts" {
      var table = BenchTable()
      if let example = PackLoader.load(from: arguments.count > 2 ? arguments[2] : "Indicators").pack
      {
        ChartBench.run(example, into: &table)
      }
      table.print(peakMemory: PeakMemory.read())
      exit(0)
    }
    // `--pdf-only DIR [N]`: load and assess DIR once, then draw its pack.pdf N times and print
    // the CPU seconds of the drawing alone, so `perf record` of this sees mostly pack.pdf.
    if arguments.count >= 3, arguments[1] == "--pdf-only" {
      exit(
        PDFBench.only(pack: arguments[2], repeats: arguments.count > 3 ? Int(arguments[3]) ?? 1 : 1)
      )
    }
    // `--xlsx-only DIR [N]`: the same for pack.xlsx.
    if arguments.count >= 3, arguments[1] == "--xlsx-only" {
      exit(
        WorkbookBench.only(
          pack: arguments[2], repeats: arguments.count > 3 ? Int(arguments[3]) ?? 1 : 1))
    }
    let pack = arguments.dropFirst().first ?? "Indicators"
    var table = BenchTable()

    // The example pack: load (YAML + CSV + validation) and assess.
    let loaded = table.time("load example pack (\(pack))", repeats: 5) {
      PackLoader.load(from: pack)
    }
    if let example = loaded.pack {
      let assessment = table.time("assess example pack", repeats: 20) {
        Assessor.assess(example, generatorVersion: "bench")
      }
      PDFBench.pack(
        example, assessment: assessment, label: "example pack", repeats: 5, into: &table)
    }

    // Synthetic packs: how assessment grows with the number of indicators (goal: linear).
    for size in [50, 200, 500] {
      let synthetic = SyntheticPack.make(indicators: size, periods: 40)
      let assessment = table.time("assess synthetic \(size) indicators × 40 periods", repeats: 3) {
        Assessor.assess(synthetic, generatorVersion: "bench")
      }
      if size == 500 {
        // What a build adds for the next pack's "what changed": the snapshot it writes, and the
        // comparison with the last one (here the pack's own, read back).
        let snapshot = table.time("snapshot.json of synthetic 500 (made, encoded)", repeats: 3) {
          (try? PackSnapshot(assessment, rules: synthetic.rules).jsonData()) ?? Data()
        }
        Swift.print("snapshot.json of synthetic 500: \(snapshot.count / 1024) KiB")
        _ = table.time("compare synthetic 500 with its snapshot (read, compared)", repeats: 3) {
          try? PackChanges(
            assessment, snapshotData: snapshot, folderPeriod: nil, rules: synthetic.rules)
        }
        PDFBench.pack(
          synthetic, assessment: assessment, label: "synthetic 500", repeats: 1, into: &table)
      }
    }
    if let example = loaded.pack {
      ChartBench.run(example, into: &table)
    }
    table.print(peakMemory: PeakMemory.read())
    Swift.print("")
    BuildTable.run(examplePack: pack)
    Swift.print("")
    BadInputBench.run()
  }
}

/// Rows of "what, best time of N runs".
struct BenchTable {
  private var rows: [(String, Duration, Int)] = []
  /// Lines printed under the table (e.g. file sizes, pages per second).
  var notes: [String] = []

  /// A derived figure printed under the table (e.g. pages per second).
  mutating func note(_ text: String) { notes.append(text) }

  /// The best time of the row labelled `label`, in seconds.
  func seconds(_ label: String) -> Double? {
    rows.last { $0.0 == label }.map {
      Double($0.1.components.seconds) + Double($0.1.components.attoseconds) / 1e18
    }
  }

  /// Runs `work` `repeats` times and records the fastest (the least disturbed by the machine).
  mutating func time<T>(_ label: String, repeats: Int, _ work: () -> T) -> T {
    let clock = ContinuousClock()
    var best = Duration.seconds(1_000_000)
    var result: T?
    for _ in 0..<repeats {
      let start = clock.now
      result = work()
      best = min(best, clock.now - start)
    }
    rows.append((label, best, repeats))
    return result!
  }

  func print(peakMemory: Int?) {
    let width = rows.map(\.0.count).max() ?? 0
    Swift.print("stage".padding(toLength: width, withPad: " ", startingAt: 0) + "   best of n")
    for (label, duration, repeats) in rows {
      let ms =
        Double(duration.components.seconds) * 1000
        + Double(duration.components.attoseconds) / 1e15
      Swift.print(
        label.padding(toLength: width, withPad: " ", startingAt: 0)
          + "   \(NumberFormat.format(ms, decimals: 2)) ms (n=\(repeats))")
    }
    for note in notes { Swift.print(note) }
    if let peakMemory {
      Swift.print(
        "peak memory (VmHWM): \(NumberFormat.format(Double(peakMemory) / 1024, decimals: 1)) MiB")
    }
  }
}

/// The process's peak resident memory, from Linux's /proc (nil elsewhere).
enum PeakMemory {
  static func read() -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return nil
    }
    let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
    return line.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") }
  }
}
