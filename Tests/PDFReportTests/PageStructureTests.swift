import Charts
import Testing

@testable import PDFReport

/// The structure page content declares through `PageCanvas`, recorded by `RecordingPage`: what
/// the tagged-PDF work (issue 21) will write into the PDF.
struct PageStructureTests {
  /// The example board pack for `period`, drawn on a recording page with a logo in the header.
  func recordedPack(_ period: String) throws -> (page: RecordingPage, content: ReportContent) {
    try #require(ExamplePDFs.byPeriod[period]).recordedPack(logoPath: "logo.png")
  }

  /// The texts of the elements of `tree` that are `element`.
  func texts(of element: PDFStructure, in tree: [RecordedNode]) -> [String] {
    RecordedNode.elements(in: tree).filter { $0.0 == element }.map { RecordedNode.text($0.1) }
  }

  @Test("the pack is one document element, every begin ended", arguments: ExamplePDFs.periods)
  func balanced(period: String) throws {
    let page = try recordedPack(period).page
    let tree = try #require(RecordedNode.tree(page.events), "unbalanced begin and end")
    #expect(tree.count == 1)
    #expect(RecordedNode.childElements(tree) == [.document])
    #expect(page.events.first == .begin(.document) && page.events.last == .end)
    #expect(page.events.filter { $0 == .begin(.document) }.count == 1)
  }

  @Test(
    "the cover title is the one H1, each section an H2, each exception and indicator an H3",
    arguments: ExamplePDFs.periods)
  func headings(period: String) throws {
    let (page, content) = try recordedPack(period)
    let tree = try #require(RecordedNode.tree(page.events))
    let assessment = content.assessment
    #expect(
      texts(of: .heading(level: 1), in: tree) == [content.meeting.title ?? content.pack.title])
    let themes = content.pack.themes.filter { theme in
      assessment.indicators.contains { $0.theme == theme.id }
    }
    let sections =
      ["Contents", "Headline and scorecard", "What changed since the last pack"]
      + (assessment.exceptions.isEmpty ? [] : ["Exceptions for the board"])
      + themes.map(\.title) + ["Key"]
    #expect(texts(of: .heading(level: 2), in: tree) == sections)
    let indicators = themes.flatMap { theme in
      assessment.indicators.filter { $0.theme == theme.id }.map(\.title)
    }
    #expect(
      texts(of: .heading(level: 3), in: tree) == assessment.exceptions.map(\.title) + indicators)
  }

  @Test(
    "every table starts with a header row of column header cells, then rows of cells",
    arguments: ExamplePDFs.periods)
  func tables(period: String) throws {
    let tree = try #require(RecordedNode.tree(try recordedPack(period).page.events))
    let tables = RecordedNode.elements(in: tree).filter { $0.0 == .table }
    #expect(tables.count > 10)
    for (_, children) in tables {
      let rows = RecordedNode.elements(in: children).filter {
        $0.0 == .tableHeaderRow || $0.0 == .tableRow
      }
      let header = try #require(rows.first)
      #expect(header.0 == .tableHeaderRow)
      let titles = RecordedNode.childElements(header.1).filter { $0 != .artifact }
      #expect(!titles.isEmpty && titles.allSatisfy { $0 == .headerCell(scope: .column) })
      #expect(rows.dropFirst().allSatisfy { $0.0 == .tableRow })
      for (_, cells) in rows.dropFirst() {
        let kinds = RecordedNode.childElements(cells).filter { $0 != .artifact }
        #expect(kinds == [.headerCell(scope: .row)] || kinds.allSatisfy { $0 == .dataCell })
      }
    }
  }

  @Test(
    "every chart is a figure with the chart's own text alternative", arguments: ExamplePDFs.periods)
  func figures(period: String) throws {
    let (page, content) = try recordedPack(period)
    let charts = page.drawnInside.filter {
      if case .chart = $0.event { return true }
      return false
    }
    // A trend and an SPC chart and a scorecard sparkline per indicator with a figure to draw
    // (the others have a sentence instead), and each exception's headline chart.
    #expect(charts.count >= 2 * content.assessment.indicators.count)
    for (event, open) in charts {
      guard case .chart(let alt, _) = event else { continue }
      #expect(!alt.isEmpty)
      #expect(open.last == .figure(alt: alt))
    }
    let tree = try #require(RecordedNode.tree(page.events))
    for (element, _) in RecordedNode.elements(in: tree) {
      if case .figure(let alt) = element { #expect(!alt.isEmpty) }
    }
  }

  @Test(
    "the running header and footer are artifacts on every page but the cover",
    arguments: ExamplePDFs.periods)
  func furniture(period: String) throws {
    let (page, content) = try recordedPack(period)
    let style = content.style
    let pages = page.events.filter { if case .startPage = $0 { true } else { false } }.count
    var outside = 0
    for (event, open) in page.drawnInside {
      let y: Double
      switch event {
      case .text(_, let at), .png(_, let at): y = at.y
      case .fill(let rect), .chart(_, let rect): y = rect.y
      case .line(let from, _): y = from.y
      default: continue
      }
      guard y < style.topMargin || y > style.paper.height - style.bottomMargin else { continue }
      outside += 1
      #expect(open.contains(.artifact), "\(event) outside the body is not an artifact")
    }
    // Per page: the logo, title, period and rule above; the rule, data line and number below.
    #expect(outside == 7 * (pages - 1))
    let numbers = page.drawnInside.filter { event, open in
      guard case .text(let words, _) = event else { return false }
      return words.hasPrefix("Page ") && words.hasSuffix(" of \(pages)") && open.contains(.artifact)
    }
    #expect(numbers.count == pages - 1)
  }
}
