import Foundation
import Testing

@testable import PDFReport

/// The example packs' pages as a board member reads them (issue 18): pack.pdf and every
/// partner summary, both meetings. The break rules are checked on the recorded structure, the
/// pages' fullness and running headers on the text poppler reads back.
struct PaginationTests {
  /// The fewest lines of text a page's body holds, bar the last page's.
  static let leastLines = 6

  /// The board pack for `period`, drawn on a recording page.
  func recordedPack(_ period: String) throws -> RecordingPage {
    try #require(ExamplePDFs.byPeriod[period]).recordedPack().page
  }

  /// A partner's summary for `period`, drawn on a recording page as `render` lays it out: the
  /// scorecard on a page of its own only when the summary would otherwise be one page.
  func recordedSummary(_ period: String, _ partnerID: String) throws -> RecordingPage {
    let example = try #require(ExamplePDFs.byPeriod[period])
    let partner = try #require(example.pack.partners.first { $0.id == partnerID })
    let period = try #require(example.assessment.period)
    func document(scorecardOnNewPage: Bool) -> Document {
      PartnerSummaryPDF.document(
        partner: partner, pack: example.pack, assessment: example.assessment, period: period,
        date: example.date, logoPath: nil, scorecardOnNewPage: scorecardOnNewPage)
    }
    let flowing = RecordingPage()
    if DocumentRenderer.draw(document(scorecardOnNewPage: false), on: flowing).pages.count >= 2 {
      return flowing
    }
    let ownPage = RecordingPage()
    _ = DocumentRenderer.draw(document(scorecardOnNewPage: true), on: ownPage)
    return ownPage
  }

  /// The forms the pack's running header may take, longest first.
  func packTitles(_ example: ExamplePDFs) throws -> [String] {
    let meeting = example.pack.meeting(for: try #require(example.assessment.period))
    return [
      meeting.title ?? example.pack.title, meeting.board ?? example.pack.board,
      example.pack.organisation,
    ]
  }

  /// Checks the pages of a PDF read back as text: every page but the first `skip` (the cover)
  /// and the last holds at least `leastLines` lines of body, and every running header is one
  /// of `titles` whole, then the period.
  func checkText(of data: Data, name: String, titles: [String], period: String, skip: Int)
    throws
  {
    let pages = try PageText.pages(of: try save(data, as: name))
    for (index, lines) in pages.enumerated().dropFirst(skip) {
      let page = PageText(lines: lines)
      let title = page.runningTitle(period: period)
      #expect(
        title.map(titles.contains) == true, "\(name) page \(index + 1) header: \(page.header)")
      guard index < pages.count - 1 else { continue }
      #expect(
        page.body.count >= Self.leastLines,
        "\(name) page \(index + 1) holds \(page.body.count) lines: \(page.body)")
    }
  }

  @Test(
    "pack.pdf: no heading ends a page, no split leaves fewer than 3 rows or 2 lines",
    arguments: ExamplePDFs.periods)
  func packBreaks(period: String) throws {
    let audit = PageBreakAudit(try recordedPack(period).events)
    #expect(audit.problems.isEmpty, "\(audit.problems)")
  }

  @Test(
    "summaries: no heading ends a page, no split leaves fewer than 3 rows or 2 lines",
    arguments: PartnerSummaryTests.cases)
  func summaryBreaks(period: String, partnerID: String) throws {
    let audit = PageBreakAudit(try recordedSummary(period, partnerID).events)
    #expect(audit.problems.isEmpty, "\(audit.problems)")
  }

  @Test(
    "pack.pdf: every page but the last is more than a remnant; running headers whole",
    arguments: ExamplePDFs.periods)
  func packPages(period: String) throws {
    let example = try #require(ExamplePDFs.byPeriod[period])
    try checkText(
      of: example.packPDF, name: "pack.pdf", titles: try packTitles(example), period: period,
      skip: 1)
  }

  @Test(
    "summaries: two to four pages, none but the last a remnant; running headers whole",
    arguments: PartnerSummaryTests.cases)
  func summaryPages(period: String, partnerID: String) throws {
    let example = try #require(ExamplePDFs.byPeriod[period])
    let partner = try #require(example.pack.partners.first { $0.id == partnerID })
    let data = try #require(example.summaries[partnerID])
    let meeting = example.pack.meeting(for: try #require(example.assessment.period))
    let titles = [
      "\(meeting.title ?? example.pack.title) — summary for \(partner.name)",
      "Summary for \(partner.name)", partner.name,
    ]
    try checkText(
      of: data, name: "\(partnerID).pdf", titles: titles, period: period, skip: 0)
    let pages = try PageText.pages(of: try save(data, as: "\(partnerID).pdf")).count
    #expect((2...4).contains(pages), "\(pages) pages")
  }
}
