import Analysis
import Foundation
import IndicatorModel
import PackLoader
import WorkbookReport

/// pack.xlsx alone: `--xlsx-only DIR [N]` loads and assesses DIR once, then writes its workbook
/// N times and prints each write's CPU and wall time and size, so `perf record` of this sees
/// mostly the workbook.
enum WorkbookBench {
  static func only(pack path: String, repeats: Int) -> Int32 {
    guard let pack = PackLoader.load(from: path).pack else {
      print("cannot load \(path)")
      return 1
    }
    let assessment = Assessor.assess(pack, generatorVersion: "bench")
    guard let period = assessment.period else { return 1 }
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("boardpack-bench-xlsx-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    guard
      (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true))
        != nil
    else { return 1 }
    let file = folder.appendingPathComponent("pack.xlsx").path
    let clock = ContinuousClock()
    for _ in 0..<max(1, repeats) {
      let before = PDFBench.cpuSeconds()
      let start = clock.now
      do {
        try WorkbookReport.write(
          pack: pack, assessment: assessment, date: pack.documentDate(for: period), to: file,
          temporaryFolder: folder.path)
      } catch {
        print("pack.xlsx: \(error)")
        return 1
      }
      let bytes = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
      let rows = assessment.indicators.map(\.observations.count).reduce(0, +)
      print(
        "pack.xlsx: \(rows) data rows, \(bytes) bytes, "
          + "CPU \(NumberFormat.format(PDFBench.cpuSeconds() - before, decimals: 2)) s, "
          + "wall \(clock.now - start)")
    }
    return 0
  }
}
