/// Which period labels to show under a time axis so that none overlap, measured on the canvas.
enum PeriodLabels {
  /// A label to draw: its text (ellipsized if wider than the whole axis) and its box.
  struct Placed: Hashable {
    let index: Int
    let text: String
    let box: Rect
  }

  /// Every k-th label counting back from the last (the reporting period is always labelled),
  /// for the smallest k of `steps(count:cycle:)` at which no two boxes come within `gap`; boxes
  /// are kept between `minX` and `maxX`.
  static func place(
    _ labels: [String], centres: [Double], top: Double, style: TextStyle, minX: Double,
    maxX: Double, gap: Double = 8, cycle: Int = 1, on canvas: any Canvas
  ) -> [Placed] {
    guard !labels.isEmpty else { return [] }
    let available = maxX - minX
    let texts = labels.map {
      TextLayout.ellipsize($0, style: style, maxWidth: available, on: canvas)
    }
    let metrics = texts.map { canvas.measure(text: $0, style: style) }
    for step in steps(count: labels.count, cycle: cycle) {
      let chosen = Array(stride(from: labels.count - 1, through: 0, by: -step).reversed())
      let placed = chosen.map { index -> Placed in
        let width = metrics[index].width
        let left = min(max(centres[index] - width / 2, minX), maxX - width)
        return Placed(
          index: index, text: texts[index],
          box: Rect(x: left, y: top, width: width, height: metrics[index].height))
      }
      let clear = zip(placed, placed.dropFirst()).allSatisfy { $1.box.minX - $0.box.maxX >= gap }
      if clear { return placed.filter { !$0.text.isEmpty } }
    }
    return []
  }

  /// The steps to try, smallest first: the divisors of `cycle`, then its multiples. With
  /// quarters (cycle 4) that is 1, 2, 4, 8, 12…, so every label shown is the same quarter of
  /// its year as the reporting period ("2014/15 Q4, 2016/17 Q4, 2018/19 Q4"), where a step of
  /// 5 labelled a different quarter each time ("2010/11 Q1, 2011/12 Q2, 2012/13 Q3"). Months
  /// (12) give 1, 2, 3, 4, 6, 12, 24…; years (1) every step. The last step shows the reporting
  /// period alone.
  static func steps(count: Int, cycle: Int) -> [Int] {
    guard count > 1 else { return [1] }
    let cycle = max(1, cycle)
    let divisors = (1...cycle).filter { cycle % $0 == 0 && $0 < count }
    let multiples = stride(from: 2 * cycle, to: count, by: cycle)
    return divisors + multiples + [count]
  }
}
