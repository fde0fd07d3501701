import IndicatorModel

extension CompareChart {
  /// Draws the chart to fill `canvas` (see ``Chart/draw(on:style:)``).
  public func draw(on canvas: any Canvas, style: ChartStyle) {
    let palette = style.palette
    canvas.beginGroup(CanvasGroup(tag: "Figure", altText: altText))
    defer { canvas.endGroup() }

    let width = canvas.size.width
    let height = canvas.size.height
    let pad = style.padding
    let inner = width - 2 * pad
    let note = style.note
    func lineHeight(_ s: TextStyle) -> Double { canvas.measure(text: "Ag", style: s).height }

    // Header: title, then legend, then "axis title, period".
    var y = pad
    for line in TextLayout.wrap(
      title, style: style.title, maxWidth: inner, maxLines: style.titleLines, on: canvas)
    {
      canvas.draw(text: line, at: Point(x: pad, y: y), style: style.title)
      y += lineHeight(style.title)
    }
    y += 6
    let allBars = sortedBars
    var bars = allBars
    var legend: [LegendItem] = []
    if let area = bars.first(where: { $0.role == .area }) {
      legend.append(LegendItem(symbol: .swatch(palette.area), label: "\(area.name) (bold)"))
    }
    if let national = bars.first(where: { $0.role == .national }) {
      legend.append(LegendItem(symbol: .swatch(palette.national), label: national.name))
    }
    if let mean = bars.first(where: { $0.role == .groupMean }) {
      legend.append(LegendItem(symbol: .swatch(palette.groupMean), label: mean.name))
    }
    if bars.contains(where: { ![.area, .national, .groupMean].contains($0.role) }) {
      legend.append(LegendItem(symbol: .swatch(palette.otherBar), label: "Other areas"))
    }
    if bars.contains(where: { $0.lower != nil && $0.upper != nil }) {
      legend.append(LegendItem(symbol: .whisker(palette.whisker), label: "95% confidence interval"))
    }
    let legendLayout = Legend.layout(legend, style: style.label, width: inner, on: canvas)
    Legend.draw(legendLayout.placed, at: Point(x: pad, y: y), style: style.label, on: canvas)
    y += Double(legendLayout.rows) * Legend.rowHeight(style: style.label, on: canvas) + 4
    let subtitle = TextLayout.ellipsize(
      "\(valueAxisTitle), \(periodLabel)", style: note, maxWidth: inner, on: canvas)
    canvas.draw(text: subtitle, at: Point(x: pad, y: y), style: note)
    y += lineHeight(note) + 6
    let rowsTop = y

    // Footer from the bottom: footnotes, then the tick labels under the bars. When even the
    // smallest readable rows cannot hold every bar, the bars nearest the area in the ranking
    // are kept (with England and the other named comparators) and a footnote says how many
    // were left out, rather than print text too small to read or on top of itself.
    func footer(_ notes: [String]) -> (lines: [String], tickLabelTop: Double) {
      let lines = notes.flatMap {
        TextLayout.wrap($0, style: note, maxWidth: inner, maxLines: 2, on: canvas)
      }
      var bottom = height - pad - Double(lines.count) * lineHeight(note)
      if !lines.isEmpty { bottom -= 4 }
      return (lines, bottom - lineHeight(note))
    }
    var smallest = style.label
    smallest.size = min(style.labelSize, 7)
    let minimumRow = lineHeight(smallest) + 1
    var (footLines, lowestTickLabelTop) = footer(notes)
    func capacity(_ tickLabelTop: Double) -> Int {
      max(1, Int((tickLabelTop - 4 - rowsTop) / minimumRow))
    }
    if allBars.count > capacity(lowestTickLabelTop) {
      let placeholder = notes + ["\(allBars.count) areas; some are not shown for lack of room."]
      (footLines, lowestTickLabelTop) = footer(placeholder)
      bars = CompareChart.nearest(allBars, keeping: capacity(lowestTickLabelTop))
      let left = allBars.count - bars.count
      (footLines, lowestTickLabelTop) = footer(
        notes + [
          "\(left) of \(allBars.count) areas not shown for lack of room (those furthest "
            + "from \(allBars.first { $0.role == .area }?.name ?? "the area") in the ranking)."
        ])
    }
    for (i, line) in footLines.enumerated() {
      canvas.draw(
        text: line,
        at: Point(
          x: pad, y: lowestTickLabelTop + lineHeight(note) + 4 + Double(i) * lineHeight(note)),
        style: note)
    }

    // Rows: shrink the text when many bars must share little height. With few bars the rows
    // keep their natural height and the value axis follows them, rather than floating at the
    // foot of an empty plot.
    let count = max(bars.count, 1)
    let rowHeight = min(26, max(0, lowestTickLabelTop - 4 - rowsTop) / Double(count))
    let rowsBottom = rowsTop + rowHeight * Double(count)
    let tickLabelTop = rowsBottom + 4
    var label = style.label
    label.size = min(style.labelSize, max(5, (rowHeight - 1) / 1.2))
    let textHeight = lineHeight(label)

    let valueTexts = bars.map { format.string($0.value) }
    let valueWidth =
      valueTexts.map { canvas.measure(text: $0, style: label.weighted(.bold)).width }.max() ?? 0
    let longestName =
      bars.map { canvas.measure(text: $0.name, style: label.weighted(.bold)).width }.max() ?? 0
    let nameWidth = min(longestName, inner * 0.35)
    let barLeft = pad + nameWidth + 8
    let barRight = width - pad - valueWidth - 8
    let extremes = bars.flatMap { [$0.value, $0.lower, $0.upper].compactMap { $0 } }
    let ticksWanted = max(2, min(6, Int((barRight - barLeft) / 90) + 1))
    let scale = AxisScale(
      minimum: extremes.min() ?? 0, maximum: extremes.max() ?? 1, includeZero: true,
      tickCount: ticksWanted)
    func x(_ value: Double) -> Double { scale.position(of: value, from: barLeft, to: barRight) }

    // Grid and tick labels, thinned if they would touch.
    let tickTexts = scale.ticks.map { NumberFormat.format($0, decimals: scale.decimals) }
    let placedTicks = PeriodLabels.place(
      tickTexts, centres: scale.ticks.map(x), top: tickLabelTop, style: note, minX: pad,
      maxX: width - pad, on: canvas)
    for tick in scale.ticks {
      canvas.stroke(
        .line(from: Point(x: x(tick), y: rowsTop), to: Point(x: x(tick), y: rowsBottom)),
        style: StrokeStyle(colour: palette.grid, width: 1))
    }
    for tick in placedTicks {
      canvas.draw(text: tick.text, at: Point(x: tick.box.minX, y: tick.box.minY), style: note)
    }

    let barThickness = max(2, rowHeight * 0.62)
    for (index, bar) in bars.enumerated() {
      let top = rowsTop + Double(index) * rowHeight
      let middle = top + rowHeight / 2
      let isArea = bar.role == .area
      if isArea {
        canvas.fill(
          .rect(Rect(x: pad, y: top, width: inner, height: rowHeight)),
          colour: palette.highlightBand)
      }
      let nameStyle = isArea ? label.weighted(.bold) : label
      let name = TextLayout.ellipsize(bar.name, style: nameStyle, maxWidth: nameWidth, on: canvas)
      canvas.draw(text: name, at: Point(x: pad, y: middle - textHeight / 2), style: nameStyle)
      canvas.draw(
        text: valueTexts[index], at: Point(x: width - pad, y: middle - textHeight / 2),
        style: nameStyle.aligned(.trailing))
      guard let value = bar.value else { continue }
      let colour: Colour =
        switch bar.role {
        case .area: palette.area
        case .national: palette.national
        case .groupMean: palette.groupMean
        default: palette.otherBar
        }
      let left = min(x(0), x(value))
      canvas.fill(
        .rect(
          Rect(
            x: left, y: middle - barThickness / 2, width: abs(x(value) - x(0)), height: barThickness
          )),
        colour: colour)
      if let lower = bar.lower, let upper = bar.upper {
        let cap = min(barThickness, 10) / 2
        // A white halo under the whisker keeps it visible over the dark England bar.
        let halo = StrokeStyle(colour: palette.background, width: 3.2)
        for stroke in [halo, StrokeStyle(colour: palette.whisker, width: 1.2)] {
          canvas.stroke(
            .line(from: Point(x: x(lower), y: middle), to: Point(x: x(upper), y: middle)),
            style: stroke)
          for end in [lower, upper] {
            canvas.stroke(
              .line(from: Point(x: x(end), y: middle - cap), to: Point(x: x(end), y: middle + cap)),
              style: stroke)
          }
        }
      }
    }
    if !bars.contains(where: { $0.value != nil }), rowHeight > 0 {
      // Said in the empty bar space of the first row, where nothing else is drawn.
      let message = TextLayout.ellipsize(
        "No figures for \(periodLabel).", style: label, maxWidth: max(0, barRight - barLeft - 8),
        on: canvas)
      canvas.draw(
        text: message, at: Point(x: barLeft + 4, y: rowsTop + rowHeight / 2 - textHeight / 2),
        style: label)
    }
    canvas.stroke(
      .line(from: Point(x: x(0), y: rowsTop), to: Point(x: x(0), y: rowsBottom)),
      style: StrokeStyle(colour: palette.axis, width: 1))
  }
}

extension CompareChart {
  /// At most `limit` bars, in their order: the area and every bar that is not a group member
  /// first, then the members nearest the area in the order, closest first.
  static func nearest(_ bars: [Bar], keeping limit: Int) -> [Bar] {
    let anchor = bars.firstIndex { $0.role == .area } ?? 0
    let fixed = bars.indices.filter { bars[$0].role != .neighbour }
    let members = bars.indices.filter { bars[$0].role == .neighbour }
      .sorted { abs($0 - anchor) < abs($1 - anchor) }
    let kept = Set(Array(fixed.prefix(limit)) + members.prefix(max(0, limit - fixed.count)))
    return bars.indices.filter(kept.contains).map { bars[$0] }
  }
}
