import Foundation
import PackBuilder

/// The whole-build table: the example pack for both meetings and synthetic packs of 50, 200 and
/// 500 indicators × 40 quarters, every output, each in a child process; then each build's share
/// of time by stage.
enum BuildTable {
  static func run(examplePack: String) {
    var rows: [(String, BuildBench.Figures, indicators: Int, goal: String)] = []
    for period in ["2013/14 Q4", "2019/20 Q2"] {
      if let figures = BuildBench.run(pack: examplePack, period: period, repeats: 3) {
        rows.append(
          ("example \(period)", figures, 14, figures.wall < 1 ? "< 1 s: met" : "< 1 s: MISSED"))
      }
    }
    let temporary = FileManager.default.temporaryDirectory
      .appendingPathComponent("boardpack-bench-packs-\(ProcessInfo.processInfo.processIdentifier)")
    defer { try? FileManager.default.removeItem(at: temporary) }
    for size in [50, 200, 500] {
      let folder = temporary.appendingPathComponent("synthetic-\(size)")
      do {
        try SyntheticPack.write(indicators: size, periods: 40, to: folder)
      } catch {
        print("synthetic \(size): cannot write the pack: \(error)")
        continue
      }
      guard let figures = BuildBench.run(pack: folder.path, period: nil, repeats: 1) else {
        print("synthetic \(size): the build failed")
        continue
      }
      var goal = ""
      if size == 500 {
        let met = figures.wall < 15 && Double(figures.peakKiB) < 1024 * 1024
        goal = "< 15 s, < 1 GiB: " + (met ? "met" : "MISSED")
      }
      rows.append(("synthetic \(size) × 40", figures, size, goal))
    }

    print("whole build (every output)   wall      CPU   cores  peak MiB  files  ms/indicator  goal")
    for (label, figures, indicators, goal) in rows {
      print(
        label.padding(toLength: 27, withPad: " ", startingAt: 0)
          + String(
            format: "%6.2f s %6.2f s %6.2f %9.1f %6d %13.1f  %@", figures.wall, figures.cpu,
            figures.cpu / figures.wall, Double(figures.peakKiB) / 1024, figures.files,
            figures.wall * 1000 / Double(indicators), goal))
    }

    // Steps run at the same time, so shares are of the work (the sum of stage and step times),
    // not of the wall time.
    let columns = [
      (BuildStage.load.name, "load"), (BuildStage.assess.name, "assess"),
      (BuildStepID.chartSVGs.rawValue, "chart SVGs"),
      (BuildStepID.charts.rawValue, "charts (PNG, PDF)"),
      (BuildStepID.html.rawValue, "index.html (draw + layout)"),
      (BuildStepID.packPDF.rawValue, "pack.pdf (layout + draw)"),
      (BuildStepID.summaries.rawValue, "summaries"),
      (BuildStepID.workbook.rawValue, "pack.xlsx"),
      (BuildStepID.assessmentJSON.rawValue, "assessment.json"),
      (BuildStepID.snapshot.rawValue, "snapshot.json"),
      (BuildStage.manifest.name, "write (manifest, move)"),
    ]
    print("\nshare of time by stage (of the summed stage times; the output steps overlap)")
    print(
      "build".padding(toLength: 27, withPad: " ", startingAt: 0)
        + columns.map { $0.0.padding(toLength: 16, withPad: " ", startingAt: 0) }.joined())
    for (label, figures, _, _) in rows {
      let times = columns.map { figures.stages[$0.0] ?? figures.steps[$0.0] ?? 0 }
      let sum = times.reduce(0, +)
      print(
        label.padding(toLength: 27, withPad: " ", startingAt: 0)
          + times.map {
            String(format: "%3.0f%%", $0 / sum * 100)
              .padding(toLength: 16, withPad: " ", startingAt: 0)
          }.joined())
    }
    print("columns: " + columns.map(\.1).joined(separator: ", "))
  }
}
