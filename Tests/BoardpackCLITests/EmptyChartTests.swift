import Foundation
import Testing
import TestSupport

/// No empty charts anywhere (issue 18): an indicator with no figure for Stockport by the
/// reporting period gets one sentence in the charts' place — in pack.pdf, the dashboard and
/// from `boardpack chart` — and no chart file is written for it.
@Suite struct EmptyChartTests {
  /// Breastfeeding at 6–8 weeks starts in 2015/16: at 2013/14 Q4 it has nothing to draw. Its
  /// 2013/14 figure would not be out until November 2014 (`published:`), so the pack reads it at
  /// 2012/13, and says nothing of figures published after the meeting.
  static let sentence = "No figures for Stockport at or before 2012/13."

  @Test func noChartFileAndOneSentenceInEveryOutput() throws {
    let folder = try ExamplePack.copy()
    let run = try BoardpackProcess.run(["build"], in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    let pack = folder.appendingPathComponent("Output/stockport-cyp/2013-14-q4")
    let charts = try FileManager.default.contentsOfDirectory(
      atPath: pack.appendingPathComponent("charts").path)
    #expect(!charts.contains { $0.hasPrefix("breastfeeding-") }, "\(charts.sorted())")
    // Those that have figures still have all their files.
    #expect(charts.contains("cc-registration-spc.svg"))
    let manifest = String(
      decoding: try Data(contentsOf: pack.appendingPathComponent("manifest.json")), as: UTF8.self)
    #expect(!manifest.contains("charts/breastfeeding-"))

    let (status, text) = try Tool.run(
      "/usr/bin/env", ["pdftotext", pack.appendingPathComponent("pack.pdf").path, "-"])
    #expect(status == 0)
    let pdf = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    // Once for each of the two series with nothing by then (breastfeeding and the good level of
    // development, both read at 2012/13): in the charts' place, not again among the findings.
    #expect(pdf.components(separatedBy: Self.sentence).count == 3)
    // No chart draws its own "nothing here" note any more.
    #expect(!pdf.contains("No figure for Stockport up to"))
    #expect(!pdf.contains("No figures for 2013/14."))

    let page = String(
      decoding: try Data(contentsOf: pack.appendingPathComponent("index.html")), as: UTF8.self)
    #expect(page.contains("<p class=\"no-figures\">\(Self.sentence)</p>"))
    #expect(page.components(separatedBy: Self.sentence).count == 3)
  }

  @Test(arguments: ["trend", "spc", "compare"])
  func theChartCommandSaysWhyAndWritesNothing(kind: String) throws {
    let folder = try BoardpackProcess.temporaryFolder()
    let file = folder.appendingPathComponent("breastfeeding.png")
    let run = try ExamplePack.run(
      ["chart", "breastfeeding", "--kind", kind, "--period", "2013/14 Q4", "-o", file.path])
    #expect(run.status == 1)
    #expect(run.stderr == "error: no \(kind) chart of breastfeeding: \(Self.sentence)\n")
    #expect(!FileManager.default.fileExists(atPath: file.path))
  }
}
