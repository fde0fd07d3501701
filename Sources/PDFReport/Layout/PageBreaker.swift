/// Chooses where one run of slices (between forced page breaks) breaks into pages: the
/// cheapest way by `PageCost`, found by dynamic programming from the end of the run.
struct PageBreaker {
  let slices: ArraySlice<Slice>
  let cost: PageCost

  /// The pages as ranges of the run's indices, in order.
  func pages() -> [Range<Int>] {
    let start = slices.startIndex
    let end = slices.endIndex
    guard start < end else { return [] }
    // best[i]: the least cost of the pages from slice i to the end, and where the first ends.
    var best = [(cost: Double, next: Int)](repeating: (0, end), count: end - start + 1)
    for first in stride(from: end - 1, through: start, by: -1) {
      var choice = (cost: Double.infinity, next: first + 1)
      for (next, height) in candidates(from: first) {
        let page = cost.page(
          height: height, isLast: next == end, isOnly: first == start && next == end,
          breaksKeep: next < end && slices[next - 1].keepWithNext)
        let total = page + best[next - start].cost
        if total < choice.cost { choice = (total, next) }
      }
      best[first - start] = choice
    }
    var ranges: [Range<Int>] = []
    var first = start
    while first < end {
      let next = best[first - start].next
      ranges.append(first..<next)
      first = next
    }
    return ranges
  }

  /// Every page that can begin at `first`: where it ends (exclusive) and the height it
  /// fills. The first slice always counts, even when taller than a page.
  func candidates(from first: Int) -> [(next: Int, height: Double)] {
    var result: [(Int, Double)] = []
    var height = 0.0
    if first > slices.startIndex, let header = slices[first].continuationHeader {
      height = header().height + slices[first].spaceBefore
    }
    for index in first..<slices.endIndex {
      height += (index == first ? 0 : slices[index].spaceBefore) + slices[index].height
      if index > first && height > cost.bodyHeight + 0.01 { break }
      result.append((index + 1, height))
    }
    return result
  }
}

/// What a page costs the layout: space left empty at its foot, a remnant (a page holding less
/// than `remnant` points), and a break inside slices tied by `keepWithNext`. The last page of a
/// run may be short, but not a remnant unless the run is that one page.
struct PageCost {
  let bodyHeight: Double
  let remnant: Double

  /// A break against `keepWithNext`: taken only when nothing else fits.
  static let brokenKeep = 10_000.0
  /// A remnant page, plus a share of the same for how far short it falls.
  static let remnantPage = 1_000.0

  /// The cost of one page filled to `height`.
  func page(height: Double, isLast: Bool, isOnly: Bool, breaksKeep: Bool) -> Double {
    var cost = 0.0
    if !isLast {
      let empty = max(0, bodyHeight - height) / bodyHeight
      cost += 100 * empty * empty
    }
    if !isOnly && height < remnant {
      cost += Self.remnantPage * (1 + (remnant - height) / remnant)
    }
    if breaksKeep { cost += Self.brokenKeep }
    return cost
  }
}
