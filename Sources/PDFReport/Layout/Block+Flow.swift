extension [Block] {
  /// The slices of these blocks in order, each heading kept with what follows it: at least
  /// two lines of text, or a chart (a table keeps its header and first rows by itself); a
  /// block kept with the previous one tied to its last slice.
  func slices(width: Double, typesetter: Typesetter, style: PageStyle) -> [Slice] {
    var slices: [Slice] = []
    var headingEnds: [Int] = []
    for block in self {
      if case .keepWithPrevious = block, !slices.isEmpty {
        slices[slices.count - 1].keepWithNext = true
      }
      slices += block.slices(width: width, typesetter: typesetter, style: style)
      if case .heading = block { headingEnds.append(slices.count) }
    }
    for end in headingEnds { Slice.keep(&slices, from: end, lines: 2) }
    return slices
  }
}

extension Slice {
  /// A slice this tall is a chart or a drawing, which is enough to keep a heading company.
  static let figureHeight = 36.0

  /// Ties the slices from `start` on to each other until `lines` slices that draw something
  /// (or one figure) are tied, stopping at a forced page break.
  static func keep(_ slices: inout [Slice], from start: Int, lines: Int) {
    var drawn = 0
    var index = start
    while index < slices.count - 1 && !slices[index + 1].breakBefore {
      if slices[index].height > 0 {
        drawn += 1
        if drawn >= lines || slices[index].height >= figureHeight { return }
      }
      slices[index].keepWithNext = true
      index += 1
    }
  }
}
