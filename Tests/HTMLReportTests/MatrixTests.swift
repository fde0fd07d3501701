import Foundation
import Testing

@testable import HTMLReport

/// The SPC summary matrix on the dashboard: in the summary, before the exceptions; every
/// indicator linked once from its cell; icons drawn from the sprite beside their words.
@Suite struct MatrixTests {
  @Test(arguments: ["2013/14 Q4", "2019/20 Q2"])
  func everyIndicatorIsLinkedOnceFromItsCell(period: String) throws {
    let context = try ExampleDashboard.context(period)
    let ids = context.themes.flatMap(\.indicators).map(\.id)
    let page = try ExampleDashboard.page(period)
    let matrix = try #require(page.between("id=\"spc-matrix\"", "</section>"))
    for id in ids {
      #expect(matrix.occurrences(of: "href=\"#indicator-\(id)\"") == 1, "\(id)")
    }
    let placed = context.spcMatrix.rows.flatMap(\.cells).flatMap(\.indicators).map(\.id)
    #expect(placed.sorted() == ids.sorted())
    #expect(page.offset(of: "id=\"summary\"") < page.offset(of: "id=\"spc-matrix\""))
    #expect(page.offset(of: "id=\"spc-matrix\"") < page.offset(of: "id=\"exceptions\""))
  }

  @Test func theIconsAreDrawnAndTheHeadingsAreTheirCaptions() throws {
    let context = try ExampleDashboard.context("2013/14 Q4")
    let matrix = context.spcMatrix
    #expect(
      matrix.columns.map(\.words) == [
        "Target consistently met", "Target may or may not be met", "Target consistently missed",
        "No target or no assurance",
      ])
    #expect(
      matrix.columns.prefix(3).allSatisfy { $0.icon?.contains("#bp-icon-assurance-") == true })
    #expect(
      matrix.rows.prefix(7).allSatisfy { $0.heading.icon?.contains("#bp-icon-variation-") == true })
    let tooFew = try #require(matrix.rows.last)
    #expect(tooFew.heading.words == "Too few points for SPC" && tooFew.heading.icon == nil)
    #expect(tooFew.cells.last?.indicators.contains { $0.id == "breastfeeding" } == true)
    let page = try ExampleDashboard.page("2013/14 Q4")
    #expect(page.contains("<caption>Every measure by its SPC variation (rows)"))
    for id in ["bp-icon-variation-concern-high", "bp-icon-assurance-pass"] {
      #expect(page.contains("<symbol id=\"\(id)\""), "\(id)")
    }
  }
}
