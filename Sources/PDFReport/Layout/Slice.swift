/// An unbreakable strip of a page: a line of text, a table row, a chart. The paginator stacks
/// slices down pages; a page may break only between them.
struct Slice {
  /// Its height in points.
  var height: Double
  /// Space above it, dropped at the top of a page.
  var spaceBefore: Double = 0
  /// No page break between this slice and the next (headings, orphan and widow control,
  /// keep-together blocks, a table header and its first rows).
  var keepWithNext = false
  /// Start a new page before this slice.
  var breakBefore = false
  /// Drawn first when this slice begins a page after a break inside its block (a table's
  /// header row, repeated).
  var continuationHeader: (() -> Slice)? = nil
  /// A place the contents and the outline point to.
  var anchor: Anchor? = nil
  /// Draws the slice with its top-left corner at (x, y), declaring its structure.
  var draw: (any PageCanvas, Double, Double) -> Void

  /// The same slice, beginning `element` before it draws.
  func beginning(_ element: PDFStructure) -> Slice {
    var slice = self
    let draw = self.draw
    slice.draw = { page, x, y in
      page.begin(element)
      draw(page, x, y)
    }
    return slice
  }

  /// The same slice, ending the innermost element after it draws.
  func ending() -> Slice {
    var slice = self
    let draw = self.draw
    slice.draw = { page, x, y in
      draw(page, x, y)
      page.end()
    }
    return slice
  }
}

extension [Slice] {
  /// These slices as one `element`: the first begins it and the last ends it, so it may span
  /// a page break.
  func within(_ element: PDFStructure) -> [Slice] {
    guard !isEmpty else { return self }
    var slices = self
    slices[0] = slices[0].beginning(element)
    slices[count - 1] = slices[count - 1].ending()
    return slices
  }
}

/// A named place in the document: a section, theme or indicator heading.
public struct Anchor: Hashable, Sendable {
  /// Unique within the document.
  public var id: String
  /// The words shown in the contents and the outline.
  public var title: String
  /// 0 for a section, 1 for an entry inside one.
  public var level: Int
  /// Whether the contents page lists it (the outline lists every anchor).
  public var inContents: Bool

  /// Creates a value from its fields.
  public init(id: String, title: String, level: Int, inContents: Bool = true) {
    self.id = id
    self.title = title
    self.level = level
    self.inContents = inContents
  }
}
