import Charts

/// What PDF page content draws on: filled boxes, lines, set text, charts and images, and the
/// structure each piece belongs to — a handful of primitives, in the style of Charts'
/// `Canvas`.
///
/// Content never sees Cairo: `CairoPage` draws on a Cairo PDF surface, and a test can record
/// the calls. Every ``begin(_:)`` has its ``end()``, nested as the structure is; an element may
/// stay open across a page break (a paragraph or a table that splits).
protocol PageCanvas: AnyObject {
  /// Sets text in the metrics this canvas draws with.
  var typesetter: Typesetter { get }

  /// Starts a page of `size`.
  func startPage(_ size: PageSize)

  /// Ends the page begun last.
  func finishPage()

  /// Fills a rectangle.
  func fill(_ rect: Rect, colour: Colour)

  /// Draws a straight line from `start` to `end`.
  func strokeLine(from start: Point, to end: Point, style: StrokeStyle)

  /// Draws lines `range` of `text` with the first one's top-left corner at `origin`.
  func draw(_ text: TextLines, lines range: Range<Int>, at origin: Point)

  /// Draws `chart` filling `rect`, at `scale` points per chart unit.
  func draw(_ chart: any Chart, in rect: Rect, scale: Double, style: ChartStyle)

  /// Draws the PNG file at `path`, `height` points tall, with its top-left corner at `origin`;
  /// its width, or nil when the file is not a readable PNG.
  func drawPNG(_ path: String, at origin: Point, height: Double) -> Double?

  /// Begins a structure element: what is drawn until the matching ``end()`` belongs to it.
  func begin(_ element: PDFStructure)

  /// Ends the element begun last.
  func end()
}

extension PageCanvas {
  /// Draws `draw` inside `element`.
  func within(_ element: PDFStructure, draw: () -> Void) {
    begin(element)
    draw()
    end()
  }

  /// Draws every line of `text` with its top-left corner at `origin`.
  func draw(_ text: TextLines, at origin: Point) {
    draw(text, lines: 0..<text.lines.count, at: origin)
  }

  /// Draws `chart` as a figure whose text alternative is the chart's own.
  func drawFigure(_ chart: any Chart, in rect: Rect, scale: Double, style: ChartStyle) {
    within(.figure(alt: chart.altText)) { draw(chart, in: rect, scale: scale, style: style) }
  }
}
