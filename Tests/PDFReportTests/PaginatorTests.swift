import Testing

@testable import PDFReport

/// Page breaks from slice heights alone: keep-with-next, repeated headers, no orphans.
struct PaginatorTests {
  func slice(_ height: Double, keep: Bool = false, header: Double? = nil, tag: String) -> Slice {
    var slice = Slice(height: height, keepWithNext: keep) { _, _, _ in }
    slice.anchor = Anchor(id: tag, title: tag, level: 0)
    if let header {
      slice.continuationHeader = {
        Slice(height: header, anchor: Anchor(id: "header", title: "header", level: 0)) { _, _, _ in
        }
      }
    }
    return slice
  }

  func tags(_ pages: [[PlacedSlice]]) -> [[String]] {
    pages.map { $0.compactMap { $0.slice.anchor?.id } }
  }

  @Test("a heading that would end a page alone moves to the next page with its text")
  func headingKeptWithNext() {
    let pages = Paginator.paginate(
      [slice(80, tag: "text"), slice(15, keep: true, tag: "heading"), slice(20, tag: "line")],
      bodyHeight: 100)
    #expect(tags(pages) == [["text"], ["heading", "line"]])
  }

  @Test("a table header is repeated on the next page, and never left alone")
  func tableSplits() {
    // Header + first two rows stay together; later rows repeat the header after a break.
    var rows = [slice(10, keep: true, tag: "header"), slice(20, keep: true, tag: "row1")]
    for n in 2...6 { rows.append(slice(20, keep: n == 5, header: 10, tag: "row\(n)")) }
    let pages = Paginator.paginate([slice(75, tag: "text")] + rows, bodyHeight: 100)
    #expect(
      tags(pages) == [
        ["text"], ["header", "row1", "row2", "row3", "row4"], ["header", "row5", "row6"],
      ])
  }

  @Test("the last row never goes alone onto a new page")
  func noWidowRow() {
    var rows = [slice(10, keep: true, tag: "header"), slice(20, keep: true, tag: "row1")]
    for n in 2...4 { rows.append(slice(20, keep: n == 3, header: 10, tag: "row\(n)")) }
    // 10 + 4 × 20 = 90 fits in 100 with nothing before; after 20 points of text, row4 would
    // be alone: row3 goes with it.
    let pages = Paginator.paginate([slice(20, tag: "text")] + rows, bodyHeight: 100)
    #expect(tags(pages) == [["text", "header", "row1", "row2"], ["header", "row3", "row4"]])
  }

  @Test("a page break starts a new page; a run longer than a page breaks where it must")
  func breaks() {
    var forced = Slice(height: 10, breakBefore: true) { _, _, _ in }
    forced.anchor = Anchor(id: "after", title: "after", level: 0)
    let long = (1...6).map { slice(30, keep: true, tag: "k\($0)") }
    let pages = Paginator.paginate([slice(10, tag: "a"), forced] + long, bodyHeight: 100)
    #expect(tags(pages) == [["a"], ["after", "k1", "k2", "k3"], ["k4", "k5", "k6"]])
  }

  @Test("a page breaks early rather than leave a remnant at the end of a run")
  func noRemnant() {
    // Greedy: 5 lines of 20 on the first page, 1 on the second; 20 is below the remnant of 30.
    let lines = (1...6).map { slice(20, tag: "l\($0)") }
    let pages = Paginator.paginate(lines, bodyHeight: 100, remnant: 30)
    #expect(tags(pages) == [["l1", "l2", "l3", "l4"], ["l5", "l6"]])
  }

  @Test("a table keeps its header with three rows, its last three rows together, a short one whole")
  func tableRows() {
    let table = { (count: Int) in
      Table(
        columns: [.init(title: "A", weight: 1)],
        rows: (0..<count).map { _ in .cells([.text("x")]) })
    }
    let six = table(6)
    #expect(
      (0..<6).map { six.keepsRow($0, withNextOf: 6) } == [true, true, false, true, true, false])
    let five = table(5)
    #expect((0..<5).map { five.keepsRow($0, withNextOf: 5) } == [true, true, true, true, false])
  }
}
