import Presentation
extension ControlChart {
  /// Draws the chart to fill `canvas` (see ``Chart/draw(on:style:)``).
  public func draw(on canvas: any Canvas, style: ChartStyle) {
    let palette = style.palette
    canvas.beginGroup(CanvasGroup(tag: "Figure", altText: altText))
    defer { canvas.endGroup() }

    let segments = self.segments
    var values: [Double] = points.compactMap(\.value)
    if showsLimits {
      values += points.flatMap { [$0.mean, $0.lowerLimit, $0.upperLimit].compactMap { $0 } }
      if style.showsNearLimits {
        values += points.flatMap { [$0.lowerNear, $0.upperNear].compactMap { $0 } }
      }
    }
    if let target { values += target.levels }

    let meanStroke = StrokeStyle(colour: palette.mean, width: 1.5)
    let limitStroke = StrokeStyle(colour: palette.limits, width: 1.5, dash: [6, 4])
    let nearStroke = StrokeStyle(colour: palette.limits.opacity(0.6), width: 1, dash: [1, 3])
    let targetStroke = StrokeStyle(
      colour: palette.target, width: 1.5, dash: SeriesDrawing.targetDash)

    var legend: [LegendItem] = []
    // Only the marks the chart shows; common cause always, as the baseline reading. Without
    // limits there is no reading at all, so the points are just values.
    let shown = Set(points.filter { $0.value != nil }.map(\.cause))
    let causes = Cause.allCases.filter { $0 == .common || shown.contains($0) }
    for cause in causes {
      legend.append(
        LegendItem(
          symbol: .marker(
            Marker(
              shape: cause.shape, radius: style.markerRadius + 0.5,
              colour: palette.colour(for: cause))),
          label: showsLimits ? cause.legendLabel : "Value (no SPC reading)"))
      if !showsLimits { break }
    }
    if showsLimits {
      legend.append(LegendItem(symbol: .line(meanStroke, marker: nil), label: "Mean"))
      legend.append(LegendItem(symbol: .line(limitStroke, marker: nil), label: "Process limits"))
      if style.showsNearLimits {
        legend.append(LegendItem(symbol: .line(nearStroke, marker: nil), label: "Near limits"))
      }
    }
    if let target {
      legend.append(
        LegendItem(
          symbol: .line(targetStroke, marker: nil),
          label: target.legendLabel(format)))
    }

    var footnotes = notes
    if showsLimits {
      for segment in segments.dropFirst() {
        footnotes.append("Limits recalculated from \(points[segment.lowerBound].label).")
      }
    }

    var frame = TimeSeriesFrame(
      title: title, accessory: accessory(style: style, on: canvas), legend: legend,
      note: insufficientDataNote, valueAxisTitle: valueAxisTitle,
      periodLabels: points.map(\.label), periodAxisTitle: periodAxisTitle, footnotes: footnotes,
      values: values, includeZero: yFromZero)
    frame.labelCycle = labelCycle
    frame.draw(on: canvas, style: style) { plot in
      if showsLimits {
        for (index, segment) in segments.enumerated() {
          if index > 0 {
            // A faint vertical rule where the limits restart.
            let x = plot.xs[segment.lowerBound] - plot.slot / 2
            canvas.stroke(
              .line(
                from: Charts.Point(x: x, y: plot.rect.minY),
                to: Charts.Point(x: x, y: plot.rect.maxY)),
              style: StrokeStyle(colour: palette.axis, width: 1, dash: [1, 3]))
          }
          let lines: [(KeyPath<Point, Double?>, StrokeStyle)] =
            [(\.mean, meanStroke), (\.lowerLimit, limitStroke), (\.upperLimit, limitStroke)]
            + (style.showsNearLimits ? [(\.lowerNear, nearStroke), (\.upperNear, nearStroke)] : [])
          for (key, stroke) in lines {
            segmentLine(key, segment: segment, plot: plot, stroke: stroke, on: canvas)
          }
        }
      }
      if let target {
        SeriesDrawing.reference(target, plot: plot, style: targetStroke, on: canvas)
      }
      SeriesDrawing.polyline(
        points.map(\.value), xs: plot.xs, plot: plot,
        style: StrokeStyle(colour: palette.spcLine, width: 1.5), on: canvas)
      for (point, x) in zip(points, plot.xs) {
        guard let value = point.value else { continue }
        Marker(
          shape: point.cause.shape, radius: style.markerRadius,
          colour: palette.colour(for: point.cause)
        )
        .draw(at: Charts.Point(x: x, y: plot.y(value)), on: canvas)
      }
    }
  }

  /// Index ranges of consecutive points sharing a segment number.
  var segments: [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    for index in points.indices.dropFirst() where points[index].segment != points[index - 1].segment
    {
      ranges.append(start..<index)
      start = index
    }
    if !points.isEmpty { ranges.append(start..<points.count) }
    return ranges
  }

  /// A line for one of the segment's levels (mean, a limit), stepping where the level changes
  /// (P and U charts have per-point limits).
  private func segmentLine(
    _ key: KeyPath<Point, Double?>, segment: Range<Int>, plot: TimeSeriesFrame.Plot,
    stroke: StrokeStyle, on canvas: any Canvas
  ) {
    var run: [Charts.Point] = []
    for index in segment {
      guard let level = points[index][keyPath: key] else {
        if run.count > 1 { canvas.stroke(.polyline(run), style: stroke) }
        run = []
        continue
      }
      let y = plot.y(level)
      let left = plot.xs[index] - plot.slot / 2
      let right = plot.xs[index] + plot.slot / 2
      if let last = run.last, abs(last.y - y) > 0.01 { run.append(Charts.Point(x: left, y: y)) }
      if run.isEmpty { run.append(Charts.Point(x: left, y: y)) }
      run.append(Charts.Point(x: right, y: y))
    }
    if run.count > 1 { canvas.stroke(.polyline(run), style: stroke) }
  }

  /// The icon block for the header, or nil when there are no icons.
  private func accessory(style: ChartStyle, on canvas: any Canvas) -> TimeSeriesFrame.Accessory? {
    var icons: [(draw: (Charts.Point) -> Void, caption: String)] = []
    // Both icons are readings of the limits; with too few points there are none to read.
    guard showsLimits else { return nil }
    if let variation {
      icons.append(
        ({ SPCIcons.drawVariation(variation, at: $0, style: style, on: canvas) }, variation.caption)
      )
    }
    if let assurance {
      icons.append(
        ({ SPCIcons.drawAssurance(assurance, at: $0, style: style, on: canvas) }, assurance.caption)
      )
    }
    guard !icons.isEmpty else { return nil }
    let captionStyle = style.note.aligned(.center)
    let captionWidth = SPCIcons.columnWidth - 6
    let captions = icons.map {
      TextLayout.wrap(
        $0.caption, style: captionStyle, maxWidth: captionWidth, maxLines: 3, on: canvas)
    }
    let lineHeight = canvas.measure(text: "Ag", style: captionStyle).height
    let maxLines = captions.map(\.count).max() ?? 0
    let ringSize = SPCIcons.radius * 2 + 4
    let size = Size(
      width: SPCIcons.columnWidth * Double(icons.count),
      height: ringSize + 3 + Double(maxLines) * lineHeight)
    return TimeSeriesFrame.Accessory(size: size) { rect in
      for (index, icon) in icons.enumerated() {
        let centreX = rect.minX + (Double(index) + 0.5) * SPCIcons.columnWidth
        icon.draw(Charts.Point(x: centreX, y: rect.minY + ringSize / 2))
        for (line, text) in captions[index].enumerated() {
          canvas.draw(
            text: text,
            at: Charts.Point(x: centreX, y: rect.minY + ringSize + 3 + Double(line) * lineHeight),
            style: captionStyle)
        }
      }
    }
  }
}
