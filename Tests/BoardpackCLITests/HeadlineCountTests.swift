import Foundation
import Testing
import TestSupport

/// A period before any figure is out: the two indicators with targets are counted as "with a
/// target but no figure yet", never as "without a target", in the sentence and the tiles of
/// pack.pdf alike (issue 20, item 1).
@Suite struct HeadlineCountTests {
  @Test func aTargetWithNoFigureIsNeverWithoutATarget() throws {
    let folder = try ExamplePack.copy()
    let build = try BoardpackProcess.run(
      ["build", "--format", "pdf", "--period", "2030/31 Q1"], in: folder)
    #expect(build.status == 0, "\(build.stderr)")
    let pdf = folder.appendingPathComponent("Output/stockport-cyp/2030-31-q1/pack.pdf")
    let (status, text) = try Tool.run(
      "/usr/bin/env", ["pdftotext", "-f", "3", "-l", "3", pdf.path, "-"])
    #expect(status == 0)
    let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(
      words.contains(
        "14 indicators: 0 red, 0 amber, 0 green, 2 with a target but no figure yet and 12 without a target."
      ))
    // pdftotext reads the tiles row by row: the counts, then their labels.
    #expect(words.contains("0 0 0 2 12 12 red amber green no figure yet no target exceptions"))
  }
}
