import IndicatorModel

/// The shared layout of charts with periods along the bottom (trend and SPC): title, optional
/// header accessory (SPC icons), legend, note, value axis with ticks and title, period labels,
/// period axis title and footnotes. Every text run is measured and placed so none overlap and
/// all stay on the canvas.
struct TimeSeriesFrame {
  /// Something drawn at the top right beside the title (the SPC icons).
  struct Accessory {
    let size: Size
    let draw: (Rect) -> Void
  }

  var title: String
  var accessory: Accessory?
  var legend: [LegendItem]
  var note: String?
  var valueAxisTitle: String
  var periodLabels: [String]
  var periodAxisTitle: String
  var footnotes: [String]
  /// The values the axis must cover.
  var values: [Double]
  var includeZero: Bool
  /// Periods in a year, for thinning the period labels (see `PeriodLabels.steps`).
  var labelCycle = 1

  /// Where the data goes, once the frame is laid out.
  struct Plot {
    let rect: Rect
    let scale: AxisScale
    /// The centre of each period's slot.
    let xs: [Double]
    let slot: Double

    /// The screen y of a value.
    func y(_ value: Double) -> Double {
      scale.position(of: value, from: rect.maxY, to: rect.minY)
    }
  }

  /// Lays out and draws the frame, calls `content` to draw the data inside the plot area, then
  /// draws the axes over it.
  func draw(on canvas: any Canvas, style: ChartStyle, content: (Plot) -> Void) {
    // A first pass with full text, then tighter passes if the plot would be too small.
    for budget in [TextBudget.full, .reduced, .minimal] {
      if let plot = layout(on: canvas, style: style, budget: budget, drawing: false),
        plot.rect.height >= 40 || budget == .minimal
      {
        _ = layout(on: canvas, style: style, budget: budget, drawing: true, content: content)
        return
      }
    }
  }

  enum TextBudget {
    case full, reduced, minimal
  }

  @discardableResult
  private func layout(
    on canvas: any Canvas, style: ChartStyle, budget: TextBudget, drawing: Bool,
    content: (Plot) -> Void = { _ in }
  ) -> Plot? {
    let width = canvas.size.width
    let height = canvas.size.height
    let pad = style.padding
    let inner = width - 2 * pad
    let label = style.label
    let note = style.note
    let lineHeight = { (s: TextStyle) in canvas.measure(text: "Ag", style: s).height }

    // Header: title on the left, accessory on the right.
    let accessoryWidth = accessory.map { $0.size.width + 12 } ?? 0
    let titleLines = TextLayout.wrap(
      title, style: style.title, maxWidth: inner - accessoryWidth,
      maxLines: budget == .full ? style.titleLines : 1, on: canvas)
    var y = pad
    let titleHeight = lineHeight(style.title)
    if drawing {
      for (i, line) in titleLines.enumerated() {
        canvas.draw(
          text: line, at: Point(x: pad, y: y + Double(i) * titleHeight), style: style.title)
      }
    }
    var headerBottom = y + Double(titleLines.count) * titleHeight
    if let accessory {
      let rect = Rect(
        x: width - pad - accessory.size.width, y: pad, width: accessory.size.width,
        height: accessory.size.height)
      if drawing { accessory.draw(rect) }
      headerBottom = max(headerBottom, rect.maxY)
    }
    y = headerBottom + 6

    // Legend rows.
    let legendLayout = Legend.layout(legend, style: label, width: inner, on: canvas)
    if budget != .minimal || legendLayout.rows <= 1 {
      if drawing {
        Legend.draw(legendLayout.placed, at: Point(x: pad, y: y), style: label, on: canvas)
      }
      y += Double(legendLayout.rows) * Legend.rowHeight(style: label, on: canvas) + 4
    }

    // A note above the plot (e.g. insufficient data), in the text colour so it is read.
    if let note = self.note {
      let noteStyle = label.weighted(.bold)
      let lines = TextLayout.wrap(
        note, style: noteStyle, maxWidth: inner, maxLines: budget == .minimal ? 1 : 2, on: canvas)
      for line in lines {
        if drawing { canvas.draw(text: line, at: Point(x: pad, y: y), style: noteStyle) }
        y += lineHeight(noteStyle)
      }
      y += 4
    }

    // Value axis title.
    let axisTitle = TextLayout.ellipsize(valueAxisTitle, style: note, maxWidth: inner, on: canvas)
    if drawing { canvas.draw(text: axisTitle, at: Point(x: pad, y: y), style: note) }
    y += lineHeight(note) + 4
    let tickHeight = lineHeight(label)
    let plotTop = y + tickHeight / 2

    // Footer, from the bottom up: footnotes, period axis title, period labels.
    var bottom = height - pad
    let footLines: [String] = {
      if budget == .minimal { return [] }
      let maxLines = budget == .full ? 2 : 1
      return footnotes.flatMap {
        TextLayout.wrap($0, style: note, maxWidth: inner, maxLines: maxLines, on: canvas)
      }
    }()
    bottom -= Double(footLines.count) * lineHeight(note)
    let footTop = bottom
    if !footLines.isEmpty { bottom -= 4 }
    bottom -= lineHeight(note)
    let periodTitleTop = bottom
    bottom -= 2 + tickHeight
    let periodLabelTop = bottom
    let plotBottom = periodLabelTop - tickHeight / 2 - 3
    guard plotBottom > plotTop else { return nil }

    // The value scale, then the left margin from its widest tick label.
    let tickCount = max(2, min(7, Int((plotBottom - plotTop) / 45) + 1))
    let scale = AxisScale(
      minimum: values.min() ?? 0, maximum: values.max() ?? 1, includeZero: includeZero,
      tickCount: tickCount)
    let tickTexts = scale.ticks.map { NumberFormat.format($0, decimals: scale.decimals) }
    let tickWidth = tickTexts.map { canvas.measure(text: $0, style: label).width }.max() ?? 0
    let plotLeft = pad + tickWidth + 6
    let plotRight = width - pad
    let rect = Rect(
      x: plotLeft, y: plotTop, width: plotRight - plotLeft, height: plotBottom - plotTop)
    let count = max(periodLabels.count, 1)
    let slot = rect.width / Double(count)
    let xs = (0..<periodLabels.count).map { rect.minX + (Double($0) + 0.5) * slot }
    let plot = Plot(rect: rect, scale: scale, xs: xs, slot: slot)
    guard drawing else { return plot }

    // Grid and tick labels.
    for (tick, text) in zip(scale.ticks, tickTexts) {
      let ty = plot.y(tick)
      canvas.stroke(
        .line(from: Point(x: rect.minX, y: ty), to: Point(x: rect.maxX, y: ty)),
        style: StrokeStyle(colour: style.palette.grid, width: 1))
      canvas.draw(
        text: text, at: Point(x: plotLeft - 6, y: ty - tickHeight / 2),
        style: label.aligned(.trailing))
    }

    // The data, clipped to the plot with room for markers at the edges.
    let margin = style.markerRadius * 1.6
    canvas.pushClip(
      Rect(x: rect.minX, y: rect.minY - margin, width: rect.width, height: rect.height + 2 * margin)
    )
    content(plot)
    canvas.popClip()

    // Axes.
    let axis = StrokeStyle(colour: style.palette.axis, width: 1)
    canvas.stroke(
      .line(from: Point(x: rect.minX, y: rect.maxY), to: Point(x: rect.maxX, y: rect.maxY)),
      style: axis)
    canvas.stroke(
      .line(from: Point(x: rect.minX, y: rect.minY), to: Point(x: rect.minX, y: rect.maxY)),
      style: axis)

    // Period labels, thinned so none overlap, with tick marks for the labelled periods.
    let placed = PeriodLabels.place(
      periodLabels, centres: xs, top: periodLabelTop, style: label, minX: pad, maxX: width - pad,
      cycle: labelCycle, on: canvas)
    for entry in placed {
      canvas.stroke(
        .line(
          from: Point(x: xs[entry.index], y: rect.maxY),
          to: Point(x: xs[entry.index], y: rect.maxY + 3)), style: axis)
      canvas.draw(text: entry.text, at: Point(x: entry.box.minX, y: entry.box.minY), style: label)
    }

    let periodTitle = TextLayout.ellipsize(
      periodAxisTitle, style: note, maxWidth: inner, on: canvas)
    let titleWidth = canvas.measure(text: periodTitle, style: note).width
    let centre = min(max(rect.midX, pad + titleWidth / 2), width - pad - titleWidth / 2)
    canvas.draw(
      text: periodTitle, at: Point(x: centre, y: periodTitleTop), style: note.aligned(.center))

    for (i, line) in footLines.enumerated() {
      canvas.draw(
        text: line, at: Point(x: pad, y: footTop + Double(i) * lineHeight(note)), style: note)
    }
    return plot
  }
}

extension Rect {
  /// The horizontal centre.
  var midX: Double { x + width / 2 }
  /// The vertical centre.
  var midY: Double { y + height / 2 }
}
