import CCairo
import Foundation

/// Lays a document out in two passes and draws it on a Cairo PDF surface.
///
/// The first pass sets every slice and paginates, which places every anchor; the contents
/// section is then set again with the page numbers and the document paginated again, until
/// the numbers stop moving (a contents page with numbers is as tall as one without, so the
/// second pass is normally the last). Only then are pages drawn, so "Page n of N" is known.
enum DocumentRenderer {
  /// The PDF bytes of `document`.
  static func render(_ document: Document) throws -> Data {
    try renderCounting(document).data
  }

  /// The PDF bytes of `document` and its number of pages.
  static func renderCounting(_ document: Document) throws -> (data: Data, pages: Int) {
    let style = document.style
    let sink = PDFSink()
    let firstSize = style.paper.oriented(document.sections.first?.orientation ?? .portrait)
    let surface = cairo_pdf_surface_create_for_stream(
      PDFSink.write, sink.closure, firstSize.width, firstSize.height)!
    defer { cairo_surface_destroy(surface) }
    try check(cairo_surface_status(surface), "creating the PDF surface")
    PDFInformation.set(document.metadata, on: surface)
    let cairo = cairo_create(surface)!
    defer { cairo_destroy(cairo) }
    let page = CairoPage(surface: surface, cairo: cairo, family: style.family)
    let layout = draw(document, on: page)
    Outline.add(layout.anchors, to: surface, style: style)
    try check(page.status, "drawing")
    cairo_surface_finish(surface)
    try check(cairo_surface_status(surface), "writing the PDF")
    return (sink.data, layout.pages.count)
  }

  /// Lays `document` out and draws its pages on `page`, inside one document element; the
  /// layout, for the outline.
  static func draw(_ document: Document, on page: any PageCanvas) -> Layout {
    let style = document.style
    let layout = paginate(document, typesetter: page.typesetter)
    let total = layout.pages.count
    page.within(.document) {
      for (number, placed) in layout.pages.enumerated() {
        let section = document.sections[placed.section]
        let size = style.paper.oriented(section.orientation)
        page.startPage(size)
        if section.runningHeader {
          PageFurniture(running: document.running, style: style, size: size)
            .draw(page: number + 1, of: total, on: page)
        }
        for item in placed.slices {
          item.slice.draw(page, style.sideMargin, style.topMargin + item.y)
        }
        page.finishPage()
      }
    }
    return layout
  }

  /// Pages with the section each belongs to, and every anchor with its page and position.
  struct Layout {
    var pages: [(section: Int, slices: [PlacedSlice])]
    var anchors: [(anchor: Anchor, page: Int, y: Double)]
  }

  /// Sets every section's slices with `typesetter` and stacks them on pages.
  static func paginate(_ document: Document, typesetter: Typesetter) -> Layout {
    let style = document.style
    func width(_ section: Section) -> Double {
      style.paper.oriented(section.orientation).width - 2 * style.sideMargin
    }
    func bodyHeight(_ section: Section) -> Double {
      style.paper.oriented(section.orientation).height - style.topMargin - style.bottomMargin
    }
    func slices(_ blocks: [Block], _ section: Section) -> [Slice] {
      blocks.slices(width: width(section), typesetter: typesetter, style: style)
    }
    // Fixed sections are set once; only the contents is set again.
    let fixed: [[Slice]?] = document.sections.map { section in
      if case .blocks(let blocks) = section.content { return slices(blocks, section) }
      return nil
    }
    let anchors = fixed.compactMap { $0 }.flatMap { $0.compactMap(\.anchor) }
      .filter(\.inContents)
    var numbers: [String: Int] = [:]
    var layout = Layout(pages: [], anchors: [])
    for pass in 0..<4 {
      layout = Layout(pages: [], anchors: [])
      for (index, section) in document.sections.enumerated() {
        var sectionSlices = fixed[index] ?? []
        if case .contents(let make) = section.content {
          let entries = anchors.map {
            ContentsEntry(anchor: $0, page: pass == 0 ? nil : numbers[$0.id])
          }
          sectionSlices = slices(make(entries), section)
        }
        let pages = Paginator.paginate(
          sectionSlices, bodyHeight: bodyHeight(section), remnant: style.remnant)
        for placed in pages {
          layout.pages.append((index, placed))
          for item in placed {
            if let anchor = item.slice.anchor {
              layout.anchors.append((anchor, layout.pages.count, item.y))
            }
          }
        }
      }
      let found = Dictionary(
        layout.anchors.map { ($0.anchor.id, $0.page) }, uniquingKeysWith: { a, _ in a })
      if pass > 0 && found == numbers { break }
      numbers = found
    }
    return layout
  }

  static func check(_ status: cairo_status_t, _ doing: String) throws {
    guard status == CAIRO_STATUS_SUCCESS else {
      throw PDFError("Cairo failed \(doing): \(String(cString: cairo_status_to_string(status)))")
    }
  }
}
