import CCairo

/// The PDF outline (bookmarks), mirroring the contents: sections at the top level, entries
/// inside them below. Outlines are safe on Cairo 1.16, unlike link annotations (issue 6).
enum Outline {
  static func add(
    _ anchors: [(anchor: Anchor, page: Int, y: Double)], to surface: OpaquePointer,
    style: PageStyle
  ) {
    var parents: [Int: Int32] = [:]
    for (anchor, page, y) in anchors {
      let parent = anchor.level == 0 ? 0 : (parents[anchor.level - 1] ?? 0)
      let destination =
        "page=\(page) pos=[\(Int(style.sideMargin)) \(Int(style.topMargin + y))]"
      let flags = anchor.level == 0 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(0)
      let id = cairo_pdf_surface_add_outline(surface, parent, anchor.title, destination, flags)
      parents[anchor.level] = id
    }
  }
}
