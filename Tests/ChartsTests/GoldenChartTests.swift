import Analysis
import Foundation
import IndicatorModel
import PackLoader
import Testing

@testable import Charts

/// The example pack's charts as the build makes them: every indicator's trend, SPC, compare and
/// sparkline at 2013/14 Q4, each at the size every output gives it.
enum ExampleCharts {
  /// The repository root, from this file's place in `Tests/ChartsTests/`.
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// One chart: its golden file's name (`<id>-<kind>.txt`), the chart and its size.
  struct Entry: Sendable {
    let name: String
    let chart: any Chart
    let size: Size
  }

  static let entries: [Entry] = {
    guard let pack = PackLoader.load(from: root.appendingPathComponent("Indicators").path).pack
    else { return [] }
    let assessment = Assessor.assess(
      pack, period: Period(anyLabel: "2013/14 Q4"), generatorVersion: "test")
    return assessment.indicators.flatMap { assessed -> [Entry] in
      guard let indicator = pack.indicators.first(where: { $0.id == assessed.id }) else {
        return []
      }
      return ChartKind.allCases.map { kind in
        let chart = kind.chart(indicator: indicator, assessment: assessed, pack: pack)
        let size = kind == .sparkline ? ChartFile.sparklineSize : ChartFile.size(of: chart)
        return Entry(name: "\(indicator.id)-\(kind.rawValue).txt", chart: chart, size: size)
      }
    }
  }()

  /// The recorded drawing of one chart: the canvas size, then one primitive per line.
  static func log(_ entry: Entry) -> String {
    let canvas = RecordingCanvas(size: entry.size)
    entry.chart.draw(on: canvas, style: ChartStyle())
    return "size \(NumberText.short(entry.size.width))x\(NumberText.short(entry.size.height))\n"
      + canvas.log
  }
}

/// Every example chart's layout, pinned as text in `Tests/ChartsTests/Golden/`: a change to
/// any chart's drawing shows as a readable diff in review. `BOARDPACK_UPDATE_GOLDEN=1` (or
/// `make golden`) rewrites the files.
@Suite("Golden chart layouts")
struct GoldenChartTests {
  @Test("the example pack loads: 4 charts per indicator")
  func loaded() {
    #expect(ExampleCharts.entries.count >= 4 * 10)
  }

  @Test("each example chart draws as its golden log", arguments: ExampleCharts.entries.map(\.name))
  func golden(_ name: String) throws {
    let entry = try #require(ExampleCharts.entries.first { $0.name == name })
    if let difference = try GoldenFile(name: name).check(ExampleCharts.log(entry)) {
      Issue.record(Comment(rawValue: difference))
    }
  }

  @Test("no golden file is left from a chart no longer drawn")
  func noStaleFiles() throws {
    let names = Set(ExampleCharts.entries.map(\.name))
    let files = try FileManager.default.contentsOfDirectory(atPath: GoldenFile.folder.path)
      .filter { $0.hasSuffix(".txt") }
    #expect(files.filter { !names.contains($0) }.sorted() == [])
  }

  @Test("a difference names the first differing lines by number, and the line counts")
  func readableDifference() {
    let text = GoldenFile.difference(expected: "a\nb\nc\n", actual: "a\nB\nc\nd\n")
    #expect(
      text == "line 2 - b\nline 2 + B\nline 4 - \nline 4 + d\nline 5 - (no line)\nline 5 + \n"
        + "4 lines in the file, 5 drawn")
    #expect(GoldenFile.difference(expected: "same\n", actual: "same\n") == nil)
  }
}
