/// A slice at its place on a page: `y` from the top of the body.
struct PlacedSlice {
  var slice: Slice
  var y: Double
}

/// Stacks slices down pages of a given body height, breaking only where slices allow.
///
/// Breaks are chosen for the whole run of slices between forced page breaks at once, not page
/// by page: of every way to break the run, the paginator takes the cheapest (`PageCost`), so a
/// page is left short where that saves a later page from holding a remnant (a few lines, one
/// row, an author's name) and a block is split against its keep-together only when it cannot
/// fit on a page.
enum Paginator {
  /// The pages, each a list of placed slices. `remnant` is the least a page should hold, in
  /// points (`PageStyle.remnant`; by default a fifth of the page, for small test pages).
  static func paginate(_ slices: [Slice], bodyHeight: Double, remnant: Double? = nil)
    -> [[PlacedSlice]]
  {
    let cost = PageCost(bodyHeight: bodyHeight, remnant: remnant ?? bodyHeight / 5)
    var pages: [[PlacedSlice]] = []
    for run in runs(slices) {
      for range in PageBreaker(slices: run, cost: cost).pages() {
        pages.append(place(Array(run[range]), continuing: range.lowerBound > 0))
      }
    }
    // A trailing page break leaves nothing behind.
    if pages.count > 1 && pages[pages.count - 1].allSatisfy({ $0.slice.height == 0 }) {
      pages.removeLast()
    }
    return pages.isEmpty ? [[]] : pages
  }

  /// The slices cut before every forced break; each run starts a page.
  static func runs(_ slices: [Slice]) -> [ArraySlice<Slice>] {
    var runs: [ArraySlice<Slice>] = []
    var start = slices.startIndex
    for index in slices.indices where slices[index].breakBefore && index > start {
      runs.append(slices[start..<index])
      start = index
    }
    if start < slices.endIndex { runs.append(slices[start...]) }
    return runs
  }

  /// One page's slices stacked from the top: the first slice's space above is dropped, and a
  /// block that continues from the page before repeats its header.
  static func place(_ slices: [Slice], continuing: Bool) -> [PlacedSlice] {
    var placed: [PlacedSlice] = []
    var y = 0.0
    func add(_ slice: Slice) {
      let top = placed.isEmpty ? 0 : y + slice.spaceBefore
      placed.append(PlacedSlice(slice: slice, y: top))
      y = top + slice.height
    }
    if continuing, let header = slices.first?.continuationHeader { add(header()) }
    slices.forEach(add)
    return placed
  }
}
