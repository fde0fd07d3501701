import IndicatorModel

extension CompareChart {
  /// The rows from `frame.rowsTop`: per bar its name, its value, its bar in its comparison's
  /// colour (or its role's) and its interval; the grid, the zero line and the tick labels
  /// under the rows. Returns where the rows end.
  func drawRows(_ bars: [Bar], rowHeight: Double, frame: CompareFrame) -> Double {
    let (canvas, style, palette) = (frame.canvas, frame.style, frame.style.palette)
    let (pad, width) = (style.padding, canvas.size.width)
    let rowsTop = frame.rowsTop
    let rowsBottom = rowsTop + rowHeight * Double(max(bars.count, 1))
    var label = style.label
    label.size = min(style.labelSize, max(5, (rowHeight - 1) / 1.2))
    let textHeight = CompareFrame.lineHeight(label, canvas)
    let bold = label.weighted(.bold)
    let valueTexts = bars.map { format.string($0.value) }
    let valueWidth = valueTexts.map { canvas.measure(text: $0, style: bold).width }.max() ?? 0
    let longestName = bars.map { canvas.measure(text: $0.name, style: bold).width }.max() ?? 0
    let nameWidth = min(longestName, frame.inner * 0.35)
    let barLeft = pad + nameWidth + 8
    let barRight = width - pad - valueWidth - 8
    let extremes = bars.flatMap { [$0.value, $0.lower, $0.upper].compactMap { $0 } }
    let scale = AxisScale(
      minimum: extremes.min() ?? 0, maximum: extremes.max() ?? 1, includeZero: true,
      tickCount: max(2, min(6, Int((barRight - barLeft) / 90) + 1)))
    func x(_ value: Double) -> Double { scale.position(of: value, from: barLeft, to: barRight) }

    // Grid and tick labels, thinned if they would touch.
    let placedTicks = PeriodLabels.place(
      scale.ticks.map { NumberFormat.format($0, decimals: scale.decimals) },
      centres: scale.ticks.map(x), top: rowsBottom + 4, style: style.note, minX: pad,
      maxX: width - pad, on: canvas)
    for tick in scale.ticks {
      canvas.stroke(
        .line(from: Point(x: x(tick), y: rowsTop), to: Point(x: x(tick), y: rowsBottom)),
        style: StrokeStyle(colour: palette.grid, width: 1))
    }
    for tick in placedTicks {
      canvas.draw(text: tick.text, at: Point(x: tick.box.minX, y: tick.box.minY), style: style.note)
    }

    let thickness = max(2, rowHeight * 0.62)
    for (index, bar) in bars.enumerated() {
      let top = rowsTop + Double(index) * rowHeight
      let middle = top + rowHeight / 2
      let isArea = bar.role == .area
      if isArea {
        canvas.fill(
          .rect(Rect(x: pad, y: top, width: frame.inner, height: rowHeight)),
          colour: palette.highlightBand)
      }
      let nameStyle = isArea ? bold : label
      let name = TextLayout.ellipsize(bar.name, style: nameStyle, maxWidth: nameWidth, on: canvas)
      canvas.draw(text: name, at: Point(x: pad, y: middle - textHeight / 2), style: nameStyle)
      canvas.draw(
        text: valueTexts[index], at: Point(x: width - pad, y: middle - textHeight / 2),
        style: nameStyle.aligned(.trailing))
      guard let value = bar.value else { continue }
      let rect = Rect(
        x: min(x(0), x(value)), y: middle - thickness / 2, width: abs(x(value) - x(0)),
        height: thickness)
      drawBar(bar, in: rect, palette: palette, on: canvas)
      if let lower = bar.lower, let upper = bar.upper {
        drawWhisker(
          from: x(lower), to: x(upper), middle: middle, cap: min(thickness, 10) / 2,
          palette: palette, on: canvas)
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
    return rowsBottom
  }

  /// A bar in its comparison's colour — an empty outlined bar when not compared — or, for
  /// England, a group mean and bars without a comparison, its role's colour.
  func drawBar(_ bar: Bar, in rect: Rect, palette: Palette, on canvas: any Canvas) {
    if let comparison = bar.comparison {
      if comparison == .notCompared {
        canvas.fill(.rect(rect), colour: palette.background)
        canvas.stroke(.rect(rect), style: StrokeStyle(colour: palette.notCompared, width: 1))
      } else {
        canvas.fill(.rect(rect), colour: palette.colour(for: comparison))
      }
      return
    }
    let colour: Colour =
      switch bar.role {
      case .area: palette.area
      case .national: palette.national
      case .groupMean: palette.groupMean
      default: palette.otherBar
      }
    canvas.fill(.rect(rect), colour: colour)
  }

  /// A 95% interval across the bar, on a white halo that keeps it visible over a dark bar.
  func drawWhisker(
    from lower: Double, to upper: Double, middle: Double, cap: Double, palette: Palette,
    on canvas: any Canvas
  ) {
    let halo = StrokeStyle(colour: palette.background, width: 3.2)
    for stroke in [halo, StrokeStyle(colour: palette.whisker, width: 1.2)] {
      canvas.stroke(
        .line(from: Point(x: lower, y: middle), to: Point(x: upper, y: middle)), style: stroke)
      for end in [lower, upper] {
        canvas.stroke(
          .line(from: Point(x: end, y: middle - cap), to: Point(x: end, y: middle + cap)),
          style: stroke)
      }
    }
  }
}

extension CompareChart {
  /// At most `limit` bars, in their order: the area and every bar that is not a group member
  /// first, then the members nearest the area in the order, closest first. The area is always
  /// kept, whatever the limit.
  static func nearest(_ bars: [Bar], keeping limit: Int) -> [Bar] {
    let anchor = bars.firstIndex { $0.role == .area } ?? 0
    let area = bars.indices.filter { bars[$0].role == .area }
    let fixed = area + bars.indices.filter { ![.area, .neighbour].contains(bars[$0].role) }
    let members = bars.indices.filter { bars[$0].role == .neighbour }
      .sorted { abs($0 - anchor) < abs($1 - anchor) }
    let kept = Set(Array(fixed.prefix(max(1, limit))) + members.prefix(max(0, limit - fixed.count)))
    return bars.indices.filter(kept.contains).map { bars[$0] }
  }
}
