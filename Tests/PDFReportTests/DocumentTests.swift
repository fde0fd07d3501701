import Foundation
import IndicatorModel
import Testing

@testable import PDFReport

/// Whole documents through the renderer: long tables, landscape sections, markup safety.
struct DocumentTests {
  func document(_ sections: [Section]) -> Document {
    Document(
      metadata: PDFMetadata(
        title: "Test", author: "Tests", subject: "Layout", keywords: "a, b",
        date: CalendarDate(year: 2014, month: 3, day: 31)),
      running: RunningText(title: "Running title", period: "2013/14 Q4", footer: "Footer"),
      style: PageStyle(), sections: sections)
  }

  func longTable(rows: Int) -> Table {
    Table(
      columns: [.init(title: "Period", weight: 1), .init(title: "Value", weight: 1)],
      rows: (1...rows).map { .cells([.text("Row \($0)"), .text("\($0 * 3)")]) })
  }

  @Test("a 150-row table splits across pages, each page starting with the header row")
  func longTableSplits() throws {
    let data = try DocumentRenderer.render(
      document([
        Section(content: .blocks([.heading("Data", level: 0), .table(longTable(rows: 150))]))
      ]))
    let url = try save(data, as: "table.pdf")
    #expect(try tool("qpdf", ["--check", url.path]).status == 0)
    let pages = try #require(Int(try info("Pages", of: url) ?? ""))
    #expect(pages >= 3)
    var seen: [Int] = []
    for page in 1...pages {
      let text = try text(of: url, first: page, last: page)
      #expect(text.hasPrefix("Running title 2013/14 Q4"), "page \(page)")
      #expect(text.contains("Period Value"), "no header row on page \(page)")
      #expect(text.contains("Page \(page) of \(pages)"))
      for n in 1...150 where (text + " ").contains("Row \(n) \(n * 3) ") { seen.append(n) }
    }
    #expect(seen == Array(1...150), "every row once, in order")
  }

  @Test("a landscape section gets landscape pages")
  func landscape() throws {
    let data = try DocumentRenderer.render(
      document([
        Section(content: .blocks([.paragraph("Portrait", style: ParagraphStyle(size: 10))])),
        Section(
          orientation: .landscape,
          content: .blocks([.paragraph("Landscape", style: ParagraphStyle(size: 10))])),
      ]))
    let url = try save(data, as: "landscape.pdf")
    let output = try tool("pdfinfo", ["-f", "1", "-l", "2", url.path]).output
    #expect(output.contains("Page    1 size:  595.276 x 841.89 pts (A4)"))
    #expect(output.contains("Page    2 size:  841.89 x 595.276 pts (A4)"))
    #expect(try tool("qpdf", ["--check", url.path]).status == 0)
  }

  @Test("markup from the pack is text: a <script> in commentary is printed, not parsed")
  func escaping() throws {
    let markup = PangoMarkdown.inline("<script>alert('x')</script> & **bold**")
    let data = try DocumentRenderer.render(
      document([Section(content: .blocks([.paragraph(markup, style: ParagraphStyle(size: 10))]))]))
    let text = try text(of: try save(data, as: "escape.pdf"))
    #expect(text.contains("<script>alert('x')</script> & bold"))
  }

  @Test("a running title too long for its line gives way to a shorter form, never a cut word")
  func shorterRunningTitle() throws {
    var document = document([
      Section(content: .blocks([.paragraph("Body", style: ParagraphStyle(size: 10))]))
    ])
    document.running.title = String(repeating: "A very long board pack title ", count: 8)
    document.running.shorterTitles = ["Summary for a partner"]
    let url = try save(try DocumentRenderer.render(document), as: "running.pdf")
    let header = try #require(try PageText.pages(of: url).first.map(PageText.init).map(\.header))
    #expect(header.hasPrefix("Summary for a partner "), "\(header)")
    #expect(header.hasSuffix("2013/14 Q4"))
  }
}
