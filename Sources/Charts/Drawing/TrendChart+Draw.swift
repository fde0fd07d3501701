extension TrendChart {
  /// Draws the chart to fill `canvas` (see ``Chart/draw(on:style:)``).
  public func draw(on canvas: any Canvas, style: ChartStyle) {
    let palette = style.palette
    canvas.beginGroup(CanvasGroup(tag: "Figure", altText: altText))
    defer { canvas.endGroup() }

    var values: [Double] = points.flatMap { [$0.value, $0.lower, $0.upper].compactMap { $0 } }
    values += comparators.flatMap { $0.values.compactMap { $0 } }
    values += (target?.levels ?? []) + (amber?.levels ?? [])

    let areaMarker = Marker(shape: .circle, radius: style.markerRadius, colour: palette.area)
    var legend = [
      LegendItem(
        symbol: .line(
          StrokeStyle(colour: palette.area, width: style.lineWidth), marker: areaMarker),
        label: areaName)
    ]
    for (index, comparator) in comparators.enumerated() {
      legend.append(
        LegendItem(
          symbol: .line(
            SeriesDrawing.stroke(for: comparator.kind, index: index, palette: palette), marker: nil),
          label: comparator.name))
    }
    if let target {
      legend.append(
        LegendItem(
          symbol: .line(
            StrokeStyle(colour: palette.target, width: 1.5, dash: SeriesDrawing.targetDash),
            marker: nil),
          label: target.legendLabel(format)))
    }
    if let amber {
      legend.append(
        LegendItem(
          symbol: .line(
            StrokeStyle(colour: palette.amber, width: 1.5, dash: SeriesDrawing.amberDash),
            marker: nil),
          label: amber.legendLabel(format)))
    }
    if points.contains(where: { $0.lower != nil && $0.upper != nil }) {
      legend.append(LegendItem(symbol: .whisker(palette.whisker), label: "95% confidence interval"))
    }
    let hasProvisional = points.contains { $0.provisional && $0.value != nil }
    if hasProvisional {
      var hollow = areaMarker
      hollow.hollow = true
      legend.append(LegendItem(symbol: .marker(hollow), label: "Provisional"))
    }

    var footnotes = notes
    if hasProvisional {
      let labels = points.filter { $0.provisional && $0.value != nil }.map(\.label)
      footnotes.insert(
        "Hollow points are provisional figures (\(labels.joined(separator: ", "))).", at: 0)
    }
    let hasValues = points.contains { $0.value != nil }
    if hasValues && points.contains(where: { $0.value == nil }) {
      footnotes.append("Gaps in the line are periods with no figure.")
    }
    // An empty plot must say why it is empty, in words on the chart itself.
    let emptyNote =
      hasValues
      ? nil
      : "No figure for \(areaName)"
        + (points.last.map { " up to \($0.label)" } ?? "") + "."

    var frame = TimeSeriesFrame(
      title: title, accessory: nil, legend: legend, note: emptyNote, valueAxisTitle: valueAxisTitle,
      periodLabels: points.map(\.label), periodAxisTitle: periodAxisTitle, footnotes: footnotes,
      values: values, includeZero: yFromZero)
    frame.labelCycle = labelCycle
    frame.draw(on: canvas, style: style) { plot in
      if let amber {
        SeriesDrawing.reference(
          amber, plot: plot,
          style: StrokeStyle(colour: palette.amber, width: 1.5, dash: SeriesDrawing.amberDash),
          on: canvas)
      }
      if let target {
        SeriesDrawing.reference(
          target, plot: plot,
          style: StrokeStyle(colour: palette.target, width: 1.5, dash: SeriesDrawing.targetDash),
          on: canvas)
      }
      for (index, comparator) in comparators.enumerated() {
        let padded =
          Array(comparator.values.prefix(points.count))
          + Array(repeating: nil, count: max(0, points.count - comparator.values.count))
        SeriesDrawing.polyline(
          padded, xs: plot.xs, plot: plot,
          style: SeriesDrawing.stroke(for: comparator.kind, index: index, palette: palette),
          on: canvas)
      }
      let capWidth = min(8, plot.slot * 0.5)
      for (point, x) in zip(points, plot.xs) {
        if let lower = point.lower, let upper = point.upper {
          SeriesDrawing.whisker(
            x: x, lower: lower, upper: upper, capWidth: capWidth, plot: plot,
            colour: palette.whisker, on: canvas)
        }
      }
      SeriesDrawing.polyline(
        points.map(\.value), xs: plot.xs, plot: plot,
        style: StrokeStyle(colour: palette.area, width: style.lineWidth), on: canvas)
      for (point, x) in zip(points, plot.xs) {
        guard let value = point.value else { continue }
        var marker = areaMarker
        marker.hollow = point.provisional
        marker.draw(at: Charts.Point(x: x, y: plot.y(value)), on: canvas)
      }
    }
  }
}
