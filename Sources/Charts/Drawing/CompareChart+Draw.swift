import IndicatorModel

extension CompareChart {
  /// Draws the chart to fill `canvas` (see ``Chart/draw(on:style:)``): the title and subtitle,
  /// a row per bar, the value axis's tick labels, the legend and the footnotes, top to bottom.
  /// When even the smallest readable rows cannot hold every bar, the bars nearest the area in
  /// the ranking are kept (with the area, England and the other comparator areas) and a
  /// footnote says how many were left out, rather than print text too small to read or on top
  /// of itself.
  public func draw(on canvas: any Canvas, style: ChartStyle) {
    canvas.beginGroup(CanvasGroup(tag: "Figure", altText: altText))
    defer { canvas.endGroup() }
    let frame = CompareFrame(self, canvas: canvas, style: style)
    var bars = sortedBars
    var footLines = frame.noteLines(notes)
    if bars.count > frame.capacity(noteLines: footLines.count) {
      let placeholder = frame.noteLines(notes + ["\(bars.count) areas; some are not shown."])
      let kept = CompareChart.nearest(bars, keeping: frame.capacity(noteLines: placeholder.count))
      footLines = frame.noteLines(
        notes + [
          "\(bars.count - kept.count) of \(bars.count) areas not shown for lack of room (those "
            + "furthest from \(bars.first { $0.role == .area }?.name ?? "the area") in the "
            + "ranking)."
        ])
      bars = kept
    }
    drawHeader(frame)
    let count = Double(max(bars.count, 1))
    let rowHeight = min(
      CompareFrame.largestRow, frame.rowsRoom(noteLines: footLines.count) / count)
    let tickLabelTop = drawRows(bars, rowHeight: rowHeight, frame: frame) + 4
    var y = tickLabelTop + frame.noteHeight + CompareFrame.gap
    for group in frame.legend {
      Legend.draw(
        group.placed, at: Point(x: style.padding, y: y), style: style.label, on: canvas)
      y += Double(group.rows) * frame.legendRowHeight
    }
    y += CompareFrame.gap / 2
    for line in footLines {
      canvas.draw(text: line, at: Point(x: style.padding, y: y), style: style.note)
      y += frame.noteHeight
    }
  }

  /// The title, wrapped, and the subtitle: "Percentage (%), 2013/14 Q4".
  func drawHeader(_ frame: CompareFrame) {
    let (canvas, style) = (frame.canvas, frame.style)
    var y = style.padding
    for line in frame.titleLines {
      canvas.draw(text: line, at: Point(x: style.padding, y: y), style: style.title)
      y += CompareFrame.lineHeight(style.title, canvas)
    }
    let subtitle = TextLayout.ellipsize(
      "\(valueAxisTitle), \(periodLabel)", style: style.note, maxWidth: frame.inner, on: canvas)
    canvas.draw(text: subtitle, at: Point(x: style.padding, y: y + 6), style: style.note)
  }
}
