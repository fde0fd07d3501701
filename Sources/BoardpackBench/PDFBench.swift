import Analysis
import Foundation
import IndicatorModel
import PDFReport
import PackLoader

/// pack.pdf timings: the whole board pack (layout in two passes, charts, drawing, writing)
/// and the pages per second that gives (issue 6).
enum PDFBench {
  static func pack(
    _ pack: Pack, assessment: Assessment, label: String, repeats: Int,
    into table: inout BenchTable
  ) {
    guard let period = assessment.period else { return }
    let row = "pack.pdf of \(label)"
    let result = table.time(row, repeats: repeats) {
      try? BoardPackPDF.renderCountingPages(pack: pack, assessment: assessment, date: period.end)
    }
    guard let result, let seconds = table.seconds(row), seconds > 0 else { return }
    table.note(
      "pack.pdf of \(label): \(result.pages) pages, "
        + "\(NumberFormat.format(Double(result.pages) / seconds, decimals: 0)) pages per second")
  }

  /// Loads and assesses the pack at `path`, then draws pack.pdf `repeats` times and prints the
  /// process CPU time (user + system) the drawing took. Returns the exit status.
  static func only(pack path: String, repeats: Int) -> Int32 {
    guard let pack = PackLoader.load(from: path).pack else {
      print("cannot load \(path)")
      return 1
    }
    let assessment = Assessor.assess(pack, generatorVersion: "bench")
    guard let period = assessment.period else { return 1 }
    let cpu = cpuSeconds
    let clock = ContinuousClock()
    for _ in 0..<max(1, repeats) {
      let before = cpu()
      let start = clock.now
      guard
        let result = try? BoardPackPDF.renderCountingPages(
          pack: pack, assessment: assessment, date: period.end)
      else { return 1 }
      print(
        "pack.pdf: \(result.pages) pages, \(result.data.count) bytes, "
          + "CPU \(NumberFormat.format(cpu() - before, decimals: 2)) s, wall \(clock.now - start)")
    }
    return 0
  }

  /// The process's CPU time so far (user + system), in seconds.
  static func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
      + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
  }
}
