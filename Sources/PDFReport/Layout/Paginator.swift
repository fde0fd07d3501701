/// A slice at its place on a page: `y` from the top of the body.
struct PlacedSlice {
  var slice: Slice
  var y: Double
}

/// Stacks slices down pages of a given body height, breaking only where slices allow.
enum Paginator {
  /// The pages, each a list of placed slices. A run of slices tied by `keepWithNext` moves to
  /// a new page when it does not fit on this one but would fit on a fresh one; a run longer
  /// than a page breaks where it must.
  static func paginate(_ slices: [Slice], bodyHeight: Double) -> [[PlacedSlice]] {
    var pages: [[PlacedSlice]] = [[]]
    var y = 0.0
    func pageIsEmpty() -> Bool { pages[pages.count - 1].isEmpty }
    func newPage() {
      pages.append([])
      y = 0
    }
    func place(_ slice: Slice) {
      let top = pageIsEmpty() ? 0 : y + slice.spaceBefore
      pages[pages.count - 1].append(PlacedSlice(slice: slice, y: top))
      y = top + slice.height
    }

    for index in slices.indices {
      let slice = slices[index]
      if slice.breakBefore && !pageIsEmpty() { newPage() }
      if !pageIsEmpty() {
        var run = slice.spaceBefore + slice.height
        var last = index
        while slices[last].keepWithNext, last + 1 < slices.count, !slices[last + 1].breakBefore {
          last += 1
          run += slices[last].spaceBefore + slices[last].height
        }
        if y + run > bodyHeight {
          let header = slice.continuationHeader?().height ?? 0
          let onFreshPage = run - slice.spaceBefore + header
          let aloneFits = y + slice.spaceBefore + slice.height <= bodyHeight
          if onFreshPage <= bodyHeight || !aloneFits { newPage() }
        }
      }
      if pageIsEmpty(), let header = slice.continuationHeader, index > 0 {
        place(header())
      }
      place(slice)
    }
    // A trailing page break leaves nothing behind.
    if pages.count > 1 && pages[pages.count - 1].allSatisfy({ $0.slice.height == 0 }) {
      pages.removeLast()
    }
    return pages
  }
}
