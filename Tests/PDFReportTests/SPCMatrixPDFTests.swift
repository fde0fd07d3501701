import Analysis
import Charts
import Presentation
import Testing

@testable import PDFReport

/// pack.pdf's SPC summary matrix (the same `SPCMatrix` as the dashboard's) after the scorecard,
/// and the scorecard's SPC icons drawn beside its words.
struct SPCMatrixPDFTests {
  /// The example pack for `period`, drawn on a recording page.
  func recorded(_ period: String) throws -> (page: RecordingPage, example: ExamplePDFs) {
    let example = try #require(ExamplePDFs.byPeriod[period])
    return (try example.recordedPack().page, example)
  }

  /// The tables of the recorded document, each with its text.
  func tables(_ page: RecordingPage) throws -> [String] {
    let tree = try #require(RecordedNode.tree(page.events))
    return RecordedNode.elements(in: tree).filter { $0.0 == .table }.map {
      RecordedNode.text($0.1)
    }
  }

  @Test("the matrix lists every indicator once, in its row", arguments: ExamplePDFs.periods)
  func everyIndicatorOnce(period: String) throws {
    let (page, example) = try recorded(period)
    let matrix = try #require(try tables(page).first { $0.hasPrefix("SPC Variation") })
    for indicator in example.assessment.indicators {
      #expect(
        matrix.components(separatedBy: "• " + indicator.title).count - 1 == 1, "\(indicator.id)")
    }
    for icon in VariationIcon.allCases { #expect(matrix.contains(icon.caption)) }
    #expect(matrix.contains("No target or no assurance"))
    let placed = SPCMatrix(example.assessment.indicators)
    if placed.rows.contains(where: { $0.variation == .tooFewPoints }) {
      #expect(matrix.contains("Too few points for SPC"))
    }
  }

  @Test("the matrix and the scorecard draw the SPC icons as figures with their captions")
  func iconsAreDrawn() throws {
    let (page, example) = try recorded("2013/14 Q4")
    let alts = page.drawnInside.compactMap { event, open -> String? in
      guard case .chart(let alt, _) = event, open.last == .figure(alt: alt) else { return nil }
      return alt
    }
    // Every variation icon heads a matrix row; the three assurance icons head its columns.
    for icon in VariationIcon.allCases { #expect(alts.contains(icon.caption), "\(icon)") }
    for icon in AssuranceIcon.allCases { #expect(alts.contains(icon.caption), "\(icon)") }
    // Each indicator whose SPC has icons shows them in its scorecard row too.
    let withIcons = example.assessment.indicators.filter { $0.spc?.reading == .ok }
    #expect(!withIcons.isEmpty)
    let variationAlts = alts.filter { alt in VariationIcon.allCases.contains { $0.caption == alt } }
    #expect(variationAlts.count == VariationIcon.allCases.count + withIcons.count)
  }
}
