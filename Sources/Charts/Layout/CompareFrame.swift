/// The compare chart's parts from top to bottom, measured on one canvas: the title, the
/// subtitle, a row per bar, the tick labels, the legend and the footnotes. Drawing and
/// ``CompareChart/preferredHeight(width:style:)`` both use it, so the height every output gives
/// the chart is the height its bars need.
struct CompareFrame {
  /// A row's height when there is room: bars 14 units thick, labels at full size.
  static let naturalRow = 22.0
  /// The tallest a row grows when the canvas is taller than the bars need.
  static let largestRow = 26.0
  /// Space between the tick labels and the legend, and between the legend and the notes.
  static let gap = 8.0

  let canvas: any Canvas
  let style: ChartStyle
  let titleLines: [String]
  /// Where the first row starts.
  let rowsTop: Double
  /// The legend's rows, each placed from the left edge.
  let legend: [(placed: [Legend.Placed], rows: Int)]

  /// Measures the header and legend of `chart` on `canvas`.
  init(_ chart: CompareChart, canvas: any Canvas, style: ChartStyle) {
    self.canvas = canvas
    self.style = style
    let inner = canvas.size.width - 2 * style.padding
    titleLines = TextLayout.wrap(
      chart.title, style: style.title, maxWidth: inner, maxLines: style.titleLines, on: canvas)
    rowsTop =
      style.padding + Double(titleLines.count) * Self.lineHeight(style.title, canvas) + 6
      + Self.lineHeight(style.note, canvas) + 6
    legend = chart.legendGroups(chart.sortedBars, palette: style.palette).filter { !$0.isEmpty }
      .map { Legend.layout($0, style: style.label, width: inner, on: canvas) }
  }

  static func lineHeight(_ style: TextStyle, _ canvas: any Canvas) -> Double {
    canvas.measure(text: "Ag", style: style).height
  }

  var inner: Double { canvas.size.width - 2 * style.padding }
  var noteHeight: Double { Self.lineHeight(style.note, canvas) }
  var legendRowHeight: Double { Legend.rowHeight(style: style.label, on: canvas) }
  var legendHeight: Double { Double(legend.map(\.rows).reduce(0, +)) * legendRowHeight }

  /// The footnotes wrapped to the width, at most two lines each.
  func noteLines(_ notes: [String]) -> [String] {
    notes.flatMap {
      TextLayout.wrap($0, style: style.note, maxWidth: inner, maxLines: 2, on: canvas)
    }
  }

  /// Everything under the rows: tick labels, legend and footnotes, and the bottom padding.
  func footerHeight(noteLines: Int) -> Double {
    4 + noteHeight + Self.gap + legendHeight
      + (noteLines > 0 ? Self.gap / 2 + Double(noteLines) * noteHeight : 0) + style.padding
  }

  /// The room the rows have on this canvas.
  func rowsRoom(noteLines: Int) -> Double {
    max(0, canvas.size.height - footerHeight(noteLines: noteLines) - rowsTop)
  }

  /// How many rows fit at the smallest readable label size.
  func capacity(noteLines: Int) -> Int {
    var smallest = style.label
    smallest.size = min(style.labelSize, 7)
    return max(1, Int(rowsRoom(noteLines: noteLines) / (Self.lineHeight(smallest, canvas) + 1)))
  }

  /// The height a chart of `bars` rows and these footnotes needs for natural rows.
  func preferredHeight(bars: Int, noteLines: Int) -> Double {
    rowsTop + Self.naturalRow * Double(max(bars, 1)) + footerHeight(noteLines: noteLines)
  }
}

extension CompareChart {
  /// The height, in chart units, that gives every bar a row of its natural height at `width`,
  /// with the title, legend and notes: the one rule the chart files, the dashboard, pack.pdf and
  /// `boardpack chart` size a compare chart by (`ChartFile.size(of:)`). Text is measured with
  /// approximate Liberation Sans metrics; a backend whose text runs a little longer gets rows a
  /// little shorter, never an empty frame.
  public func preferredHeight(
    width: Double = ChartFile.standardSize.width, style: ChartStyle = ChartStyle()
  ) -> Double {
    let frame = CompareFrame(
      self, canvas: RecordingCanvas(size: Size(width: width, height: 0)), style: style)
    let height = frame.preferredHeight(
      bars: bars.count, noteLines: frame.noteLines(notes).count)
    return height.rounded(.up)
  }
}
