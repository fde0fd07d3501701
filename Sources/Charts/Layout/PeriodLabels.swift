/// Which period labels to show under a time axis so that none overlap, measured on the canvas.
enum PeriodLabels {
  /// A label to draw: its text (ellipsized if wider than the whole axis) and its box.
  struct Placed: Hashable {
    let index: Int
    let text: String
    let box: Rect
  }

  /// Every k-th label counting back from the last (the reporting period is always labelled),
  /// for the smallest k at which no two boxes come within `gap`; boxes are kept between
  /// `minX` and `maxX`.
  static func place(
    _ labels: [String], centres: [Double], top: Double, style: TextStyle, minX: Double,
    maxX: Double, gap: Double = 8, on canvas: any Canvas
  ) -> [Placed] {
    guard !labels.isEmpty else { return [] }
    let available = maxX - minX
    let texts = labels.map {
      TextLayout.ellipsize($0, style: style, maxWidth: available, on: canvas)
    }
    let metrics = texts.map { canvas.measure(text: $0, style: style) }
    for step in 1...labels.count {
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
}
