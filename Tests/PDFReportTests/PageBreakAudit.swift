@testable import PDFReport

/// The page-break rules checked on what a `RecordingPage` recorded: no heading is the last
/// thing drawn on a page; a table split over pages keeps at least three rows on each side; a
/// paragraph or list item split over pages keeps at least two lines on each side.
struct PageBreakAudit {
  /// Each broken rule, in words, with its page.
  private(set) var problems: [String] = []
  /// Rows of each table (by the order it began) per page.
  private var tableRows: [Int: [Int: Int]] = [:]
  /// Lines of each paragraph or list item per page.
  private var textLines: [Int: [Int: Int]] = [:]
  /// The elements open around the last thing drawn in each page's body.
  private var lastDrawn: [Int: [PDFStructure]] = [:]

  /// The fewest rows and lines a table and a paragraph leave on either side of a break.
  static let rows = 3
  static let lines = 2

  init(_ events: [RecordingPage.Event]) {
    record(events)
    check()
  }

  /// Counts rows and lines per page and notes the last body drawing of each page.
  private mutating func record(_ events: [RecordingPage.Event]) {
    var page = 0
    var open: [(element: PDFStructure, id: Int)] = []
    var next = 0
    for event in events {
      let inArtifact = open.contains { $0.element == .artifact }
      switch event {
      case .startPage: page += 1
      case .finishPage: break
      case .begin(let element):
        next += 1
        if element == .tableRow, !inArtifact,
          let table = open.last(where: { $0.element == .table })
        {
          tableRows[table.id, default: [:]][page, default: 0] += 1
        }
        open.append((element, next))
      case .end: open.removeLast()
      case .text where !inArtifact:
        if let text = open.last(where: { $0.element == .paragraph || $0.element == .listBody }) {
          textLines[text.id, default: [:]][page, default: 0] += 1
        }
        lastDrawn[page] = open.map(\.element)
      default:
        if !inArtifact { lastDrawn[page] = open.map(\.element) }
      }
    }
  }

  /// Turns the counts into problems.
  private mutating func check() {
    for (page, open) in lastDrawn.sorted(by: { $0.key < $1.key })
    where open.contains(where: Self.isHeading) {
      problems.append("page \(page) ends with a heading")
    }
    for (id, pages) in tableRows.sorted(by: { $0.key < $1.key }) where pages.count > 1 {
      for (page, count) in pages.sorted(by: { $0.key < $1.key }) where count < Self.rows {
        problems.append("page \(page) holds \(count) of a split table's rows (table \(id))")
      }
    }
    for (id, pages) in textLines.sorted(by: { $0.key < $1.key }) where pages.count > 1 {
      for (page, count) in pages.sorted(by: { $0.key < $1.key }) where count < Self.lines {
        problems.append("page \(page) holds \(count) line of a split paragraph (\(id))")
      }
    }
  }

  static func isHeading(_ element: PDFStructure) -> Bool {
    if case .heading = element { return true }
    return false
  }
}
