import Foundation
import Testing

/// summaries/<partner-id>.pdf for every partner of the example pack, both meetings.
struct PartnerSummaryTests {
  static let cases = ExamplePDFs.periods.flatMap { period in
    ["health", "police", "schools", "voluntary-sector"].map { (period, $0) }
  }

  @Test(
    "two to four pages, qpdf-clean, with the partner's indicators and exceptions", arguments: cases)
  func summary(period: String, partnerID: String) throws {
    let example = try #require(ExamplePDFs.byPeriod[period])
    let partner = try #require(example.pack.partners.first { $0.id == partnerID })
    let data = try #require(example.summaries[partnerID])
    let url = try save(data, as: "\(partnerID).pdf")
    #expect(try tool("qpdf", ["--check", url.path]).status == 0)
    let pages = try #require(Int(try info("Pages", of: url) ?? ""))
    #expect((2...4).contains(pages), "\(pages) pages")
    #expect(try info("Title", of: url) == "\(partner.name) — summary, \(period)")
    let text = try text(of: url)
    #expect(text.contains("Summary for \(partner.name)"))
    // The running header and the subject name the meeting's board, which changed in 2019.
    let meeting = example.pack.meeting(for: try #require(example.assessment.period))
    let board = try #require(meeting.board)
    #expect(try info("Subject", of: url)?.contains("from the \(board),") == true)
    #expect(text.contains("\(try #require(meeting.title)) — summary for"))
    let followed = example.pack.indicators.filter(partner.follows).map(\.id)
    for item in example.assessment.indicators {
      #expect(text.contains(item.title) == followed.contains(item.id), "\(item.id)")
    }
    var cursor = text.startIndex
    for item in example.assessment.exceptions where followed.contains(item.id) {
      let message = item.exceptionFlags[0].message.split(whereSeparator: \.isWhitespace)
        .joined(separator: " ")
      let found = text.range(of: message, range: cursor..<text.endIndex)
      #expect(found != nil, "\(item.id): \(message)")
      if let found { cursor = found.upperBound }
    }
  }
}
