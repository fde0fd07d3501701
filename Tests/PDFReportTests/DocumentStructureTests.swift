import IndicatorModel
import Testing

@testable import PDFReport

/// A small document's recorded structure, element by element.
struct DocumentStructureTests {
  /// A heading, a paragraph, a two-item list, and a six-row table pushed down the first page
  /// by a spacer so that it breaks after its third row (no remnant rule: the page after holds
  /// three rows).
  func document(spacer: Double) -> Document {
    let body = ParagraphStyle(size: 10)
    var style = PageStyle()
    style.remnant = 0
    return Document(
      metadata: PDFMetadata(
        title: "Test", author: "Tests", subject: "Structure", keywords: "a",
        date: CalendarDate(year: 2014, month: 3, day: 31)),
      running: RunningText(title: "Running title", period: "2013/14 Q4", footer: "Footer"),
      style: style,
      sections: [
        Section(
          content: .blocks([
            .heading("Data", level: 0),
            .paragraph("A paragraph.", style: body),
            .list([
              ListItem("First", marker: "•", style: body),
              ListItem("Second", marker: "2.", style: body),
            ]),
            .spacer(spacer),
            .table(
              Table(
                columns: [.init(title: "Period", weight: 1), .init(title: "Value", weight: 1)],
                rows: (1...6).map { .cells([.text("Row \($0)"), .text("\($0 * 3)")]) })),
          ]))
      ])
  }

  @Test("heading, paragraph, list and a table split over two pages, in order")
  func sequence() throws {
    let page = RecordingPage()
    _ = DocumentRenderer.draw(document(spacer: 560), on: page)
    #expect(RecordedNode.tree(page.events) != nil, "unbalanced begin and end")
    // The repeated header on page 2 is an artifact inside the table; the table, opened on
    // page 1, ends after its last row.
    #expect(
      page.outline == """
        Document
          page 1
          Artifact
            "Running title"
            "2013/14 Q4"
            line
          Artifact
            line
            "Footer"
            "Page 1 of 2"
          H2
            "Data"
          P
            "A paragraph."
          L
            LI
              Lbl
                "•"
              LBody
                "First"
            LI
              Lbl
                "2."
              LBody
                "Second"
          Table
            THead TR
              Artifact
                fill
              TH column
                "Period"
              TH column
                "Value"
              Artifact
                line
            TR
              TD
                "Row 1"
              TD
                "3"
              Artifact
                line
            TR
              TD
                "Row 2"
              TD
                "6"
              Artifact
                line
            TR
              TD
                "Row 3"
              TD
                "9"
              Artifact
                line
            page 2
            Artifact
              "Running title"
              "2013/14 Q4"
              line
            Artifact
              line
              "Footer"
              "Page 2 of 2"
            Artifact
              fill
              "Period"
              "Value"
              line
            TR
              TD
                "Row 4"
              TD
                "12"
              Artifact
                line
            TR
              TD
                "Row 5"
              TD
                "15"
              Artifact
                line
            TR
              TD
                "Row 6"
              TD
                "18"
              Artifact
                line
        """)
  }
}
