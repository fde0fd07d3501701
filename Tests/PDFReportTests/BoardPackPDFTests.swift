import Analysis
import Foundation
import IndicatorModel
import PDFReport
import Testing

/// pack.pdf for both meetings of the example pack, read back by qpdf and poppler.
struct BoardPackPDFTests {
  @Test("qpdf --check finds no damage", arguments: ExamplePDFs.periods)
  func qpdfCheck(period: String) throws {
    let example = try #require(ExamplePDFs.byPeriod[period])
    let url = try save(example.packPDF, as: "pack.pdf")
    let check = try tool("qpdf", ["--check", url.path])
    #expect(check.status == 0, "\(check.output)")
    #expect(check.output.contains("No syntax or stream encoding errors found"))
  }

  @Test(
    "pdfinfo shows title, author, subject, keywords, date and A4 pages",
    arguments: ExamplePDFs.periods)
  func metadata(period: String) throws {
    let example = try #require(ExamplePDFs.byPeriod[period])
    let url = try save(example.packPDF, as: "pack.pdf")
    let meeting = example.pack.meeting(for: example.assessment.period!)
    #expect(try info("Title", of: url) == "\(meeting.title!) — \(period)")
    #expect(try info("Author", of: url) == "Stockport Council")
    #expect(try info("Subject", of: url)?.contains(meeting.board!) == true)
    #expect(try info("Keywords", of: url)?.contains("Staying safe") == true)
    #expect(try info("Page size", of: url)?.hasPrefix("595.276 x 841.89") == true)
    let pages = try #require(Int(try info("Pages", of: url) ?? ""))
    // Cover, contents, scorecard, exceptions, at least a page per indicator, the key.
    #expect(pages >= 4 + example.pack.indicators.count)
    let dates = try tool("pdfinfo", ["-isodates", url.path]).output
    #expect(dates.contains("CreationDate:    \(isoDay(example.date))T00:00:00"))
  }

  @Test("every font is embedded Liberation Sans", arguments: ExamplePDFs.periods)
  func fonts(period: String) throws {
    let example = try #require(ExamplePDFs.byPeriod[period])
    let url = try save(example.packPDF, as: "pack.pdf")
    let rows = try tool("pdffonts", [url.path]).output.split(separator: "\n").dropFirst(2)
    #expect(!rows.isEmpty)
    for row in rows {
      let columns = row.split(separator: " ")
      #expect(row.contains("LiberationSans"), "\(row)")
      #expect(columns.count >= 6 && columns[columns.count - 5] == "yes", "not embedded: \(row)")
    }
  }

  /// The PDF's key and the dashboard's say the same thing: both come from `Words.rule`.
  @Test("the key lists pack.yaml's exception rules in the shared words")
  func keyListsTheExceptionRules() throws {
    let example = try #require(ExamplePDFs.byPeriod["2013/14 Q4"])
    let text = try text(of: try save(example.packPDF, as: "pack.pdf"))
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(text.contains("The latest figure is red against its target."))
    #expect(text.contains("The figure has got worse 3 periods in a row."))
  }

  @Test("pdftotext finds every indicator's title and latest value", arguments: ExamplePDFs.periods)
  func indicatorsReadBack(period: String) throws {
    let example = try #require(ExamplePDFs.byPeriod[period])
    let text = try text(of: try save(example.packPDF, as: "pack.pdf"))
    for item in example.assessment.indicators {
      let indicator = try #require(example.pack.indicators.first { $0.id == item.id })
      #expect(text.contains(item.title), "title of \(item.id)")
      let latest = item.series(area: example.pack.area.code).last { $0.period == item.period }
      #expect(text.contains(indicator.measure.display(latest?.value)), "latest value of \(item.id)")
    }
  }

  @Test(
    "the exceptions section gives every reason, in the assessment's order",
    arguments: ExamplePDFs.periods)
  func exceptionReasonsInOrder(period: String) throws {
    let example = try #require(ExamplePDFs.byPeriod[period])
    let url = try save(example.packPDF, as: "pack.pdf")
    let text = try text(of: url)
    let count = example.assessment.exceptions.count
    let section = try #require(text.range(of: "Exceptions for the board \(count) indicator"))
    var cursor = section.upperBound
    #expect(!example.assessment.exceptions.isEmpty)
    for item in example.assessment.exceptions {
      for flag in item.exceptionFlags {
        let message = flag.message.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let found = text.range(of: message, range: cursor..<text.endIndex)
        #expect(found != nil, "\(item.id): \(message)")
        if let found { cursor = found.upperBound }
      }
    }
  }

  @Test("the outline has an entry per section, theme and indicator", arguments: ExamplePDFs.periods)
  func outline(period: String) throws {
    let example = try #require(ExamplePDFs.byPeriod[period])
    let url = try save(example.packPDF, as: "pack.pdf")
    let json = try tool("qpdf", ["--json", "--json-key=outlines", url.path]).output
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let outlines = try #require(object["outlines"] as? [[String: Any]])
    let top = outlines.compactMap { $0["title"] as? String }
    let themes = example.pack.themes.filter { theme in
      example.assessment.indicators.contains { $0.theme == theme.id }
    }.map(\.title)
    #expect(
      top == [
        "Headline and scorecard", "What changed since the last pack", "Exceptions for the board",
      ]
        + themes + ["Key"])
    let indicatorEntries = outlines.filter { themes.contains($0["title"] as? String ?? "") }
      .flatMap { ($0["kids"] as? [[String: Any]]) ?? [] }.compactMap { $0["title"] as? String }
    #expect(indicatorEntries == example.assessment.indicators.map(\.title))
  }

  @Test("the contents page gives the page each section starts on", arguments: ExamplePDFs.periods)
  func contentsPageNumbers(period: String) throws {
    let example = try #require(ExamplePDFs.byPeriod[period])
    let url = try save(example.packPDF, as: "pack.pdf")
    let layout = try tool("pdftotext", ["-layout", "-f", "2", "-l", "2", url.path, "-"]).output
    let pages = try #require(Int(try info("Pages", of: url) ?? ""))
    let sections = ["Headline and scorecard", "Key"] + example.pack.themes.map(\.title)
    var checked = 0
    for line in layout.split(separator: "\n") {
      let words = line.split(separator: " ", omittingEmptySubsequences: true)
      guard let number = words.last.flatMap({ Int($0) }) else { continue }
      let title = words.dropLast().filter { !$0.allSatisfy { $0 == "." } }.joined(separator: " ")
      guard sections.contains(title) else { continue }
      // Drawing order: the running header, the footer, then the section's heading.
      let page = try text(of: url, first: number, last: number)
      #expect(
        page.contains("Page \(number) of \(pages) \(title)"), "\(title) is not on page \(number)")
      checked += 1
    }
    #expect(checked >= 3)
  }

  @Test("the same inputs give the same bytes")
  func reproducible() throws {
    let example = try #require(ExamplePDFs.byPeriod["2013/14 Q4"])
    let again = try BoardPackPDF.render(
      pack: example.pack, assessment: example.assessment, date: example.date)
    #expect(again == example.packPDF)
  }
}

func isoDay(_ date: CalendarDate) -> String {
  func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
  return "\(date.year)-\(two(date.month))-\(two(date.day))"
}
