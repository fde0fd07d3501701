extension Sparkline {
  /// Draws the chart to fill `canvas` (see ``Chart/draw(on:style:)``).
  public func draw(on canvas: any Canvas, style: ChartStyle) {
    let palette = style.palette
    canvas.beginGroup(CanvasGroup(tag: "Figure", altText: altText))
    defer { canvas.endGroup() }
    let radius = max(1.5, min(3, canvas.size.height / 10))
    let inset = radius + 1.5
    let rect = Rect(
      x: inset, y: inset, width: canvas.size.width - 2 * inset,
      height: canvas.size.height - 2 * inset)
    let present = values.compactMap { $0 } + (target.map { [$0] } ?? [])
    guard let low = present.min(), let high = present.max(), rect.width > 0, rect.height > 0 else {
      return
    }
    // A flat series sits in the middle rather than on an edge.
    let span = high - low
    func y(_ value: Double) -> Double {
      span == 0 ? rect.midY : rect.maxY - (value - low) / span * rect.height
    }
    let step = values.count > 1 ? rect.width / Double(values.count - 1) : 0
    let xs = values.indices.map { values.count > 1 ? rect.minX + Double($0) * step : rect.midX }
    if let target {
      canvas.stroke(
        .line(from: Point(x: rect.minX, y: y(target)), to: Point(x: rect.maxX, y: y(target))),
        style: StrokeStyle(colour: palette.target, width: 1, dash: [3, 2]))
    }
    var run: [Point] = []
    let stroke = StrokeStyle(colour: palette.area, width: 1.5)
    for (value, x) in zip(values, xs) {
      if let value {
        run.append(Point(x: x, y: y(value)))
      } else {
        if run.count > 1 { canvas.stroke(.polyline(run), style: stroke) }
        run = []
      }
    }
    if run.count > 1 { canvas.stroke(.polyline(run), style: stroke) }
    if let last = values.indices.last(where: { values[$0] != nil }), let value = values[last] {
      Marker(shape: .circle, radius: radius, colour: palette.area)
        .draw(at: Point(x: xs[last], y: y(value)), on: canvas)
    }
  }
}
