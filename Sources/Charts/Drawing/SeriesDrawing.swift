/// Drawing pieces shared by the time-series charts.
enum SeriesDrawing {
  /// A line through the values, broken where a value is missing (a gap, never a fake join).
  static func polyline(
    _ values: [Double?], xs: [Double], plot: TimeSeriesFrame.Plot, style: StrokeStyle,
    on canvas: any Canvas
  ) {
    var run: [Point] = []
    func flush() {
      if run.count > 1 { canvas.stroke(.polyline(run), style: style) }
      run = []
    }
    for (value, x) in zip(values, xs) {
      if let value { run.append(Point(x: x, y: plot.y(value))) } else { flush() }
    }
    flush()
  }

  /// A vertical confidence interval whisker with caps.
  static func whisker(
    x: Double, lower: Double, upper: Double, capWidth: Double, plot: TimeSeriesFrame.Plot,
    colour: Colour, on canvas: any Canvas
  ) {
    let top = plot.y(upper)
    let bottom = plot.y(lower)
    let stroke = StrokeStyle(colour: colour, width: 1.2)
    canvas.stroke(.line(from: Point(x: x, y: top), to: Point(x: x, y: bottom)), style: stroke)
    for yy in [top, bottom] {
      canvas.stroke(
        .line(from: Point(x: x - capWidth / 2, y: yy), to: Point(x: x + capWidth / 2, y: yy)),
        style: stroke)
    }
  }

  /// A horizontal reference line across the plot.
  static func horizontal(
    at value: Double, plot: TimeSeriesFrame.Plot, style: StrokeStyle, on canvas: any Canvas
  ) {
    let y = plot.y(value)
    canvas.stroke(
      .line(from: Point(x: plot.rect.minX, y: y), to: Point(x: plot.rect.maxX, y: y)), style: style)
  }

  /// A reference line: level across the plot, or stepping at each period where its value
  /// changes (per-period targets), broken where a period has none.
  static func reference(
    _ line: ReferenceLine, plot: TimeSeriesFrame.Plot, style: StrokeStyle, on canvas: any Canvas
  ) {
    guard line.isStepped else {
      horizontal(at: line.value, plot: plot, style: style, on: canvas)
      return
    }
    var run: [Point] = []
    func flush() {
      if run.count > 1 { canvas.stroke(.polyline(run), style: style) }
      run = []
    }
    for (index, x) in plot.xs.enumerated() {
      guard index < line.steps.count, let level = line.steps[index] else {
        flush()
        continue
      }
      let y = plot.y(level)
      let left = x - plot.slot / 2
      if let last = run.last, abs(last.y - y) > 0.01 { run.append(Point(x: left, y: y)) }
      if run.isEmpty { run.append(Point(x: left, y: y)) }
      run.append(Point(x: x + plot.slot / 2, y: y))
    }
    flush()
  }

  /// The dash pattern of a target line.
  static let targetDash = [8.0, 4]
  /// The dash pattern of an amber threshold.
  static let amberDash = [2.0, 3]

  /// The colour and dash of a comparator line; each kind differs in dash as well as colour.
  static func stroke(for kind: ComparatorKind, index: Int, palette: Palette) -> StrokeStyle {
    switch kind {
    case .national: StrokeStyle(colour: palette.national, width: 1.5, dash: [6, 3])
    case .region: StrokeStyle(colour: palette.region, width: 1.5, dash: [2, 2])
    case .groupMean: StrokeStyle(colour: palette.groupMean, width: 1.5, dash: [9, 3, 2, 3])
    case .named:
      StrokeStyle(
        colour: palette.named[index % palette.named.count], width: 1.5,
        dash: [[4, 2, 1, 2], [12, 3], [1, 2]][index % 3])
    }
  }
}
