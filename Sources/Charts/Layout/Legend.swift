/// One entry of a chart legend: a small symbol and its label.
struct LegendItem: Hashable {
  /// What the symbol looks like; every series is told apart by more than colour.
  enum Symbol: Hashable {
    /// A line sample, optionally with a marker in its middle.
    case line(StrokeStyle, marker: Marker?)
    /// A marker alone.
    case marker(Marker)
    /// A filled square.
    case swatch(Colour)
    /// A confidence interval whisker.
    case whisker(Colour)
    /// An empty square in an outline: a bar left uncoloured ("not compared").
    case outlinedSwatch(Colour)
    /// No symbol: the label alone, as a heading for the items after it.
    case none
  }

  let symbol: Symbol
  let label: String
}

extension LegendItem {
  /// The width before the label: the symbol and the gap after it, or nothing for a heading.
  var symbolSpace: Double {
    if case .none = symbol { return 0 }
    return Legend.symbolWidth + Legend.symbolGap
  }
}

/// Legend layout: items flow left to right and wrap into rows that fit the width.
enum Legend {
  static let symbolWidth = 24.0
  static let symbolGap = 5.0
  static let itemGap = 16.0

  /// One placed item.
  struct Placed: Hashable {
    let item: LegendItem
    let text: String
    let x: Double
    let row: Int
  }

  /// Places items in rows of at most `width`; labels too long for a row are ellipsized.
  static func layout(
    _ items: [LegendItem], style: TextStyle, width: Double, on canvas: any Canvas
  ) -> (placed: [Placed], rows: Int) {
    var placed: [Placed] = []
    var x = 0.0
    var row = 0
    for item in items {
      let text = TextLayout.ellipsize(
        item.label, style: style, maxWidth: width - symbolWidth - symbolGap, on: canvas)
      let itemWidth = item.symbolSpace + canvas.measure(text: text, style: style).width
      if x > 0 && x + itemWidth > width {
        row += 1
        x = 0
      }
      placed.append(Placed(item: item, text: text, x: x, row: row))
      x += itemWidth + itemGap
    }
    return (placed, items.isEmpty ? 0 : row + 1)
  }

  /// The height of one legend row.
  static func rowHeight(style: TextStyle, on canvas: any Canvas) -> Double {
    max(canvas.measure(text: "Ag", style: style).height, 12) + 3
  }

  /// Draws placed items with their top-left corner at `origin`.
  static func draw(
    _ placed: [Placed], at origin: Point, style: TextStyle, on canvas: any Canvas
  ) {
    let rowHeight = rowHeight(style: style, on: canvas)
    for entry in placed {
      let top = origin.y + Double(entry.row) * rowHeight
      let left = origin.x + entry.x
      let middle = top + canvas.measure(text: "Ag", style: style).height / 2
      drawSymbol(entry.item.symbol, left: left, middle: middle, on: canvas)
      canvas.draw(
        text: entry.text, at: Point(x: left + entry.item.symbolSpace, y: top), style: style)
    }
  }

  static func drawSymbol(
    _ symbol: LegendItem.Symbol, left: Double, middle: Double, on canvas: any Canvas
  ) {
    let centre = Point(x: left + symbolWidth / 2, y: middle)
    switch symbol {
    case .line(let stroke, let marker):
      canvas.stroke(
        .line(from: Point(x: left, y: middle), to: Point(x: left + symbolWidth, y: middle)),
        style: stroke)
      marker?.draw(at: centre, on: canvas)
    case .marker(let marker):
      marker.draw(at: centre, on: canvas)
    case .swatch(let colour):
      canvas.fill(
        .rect(Rect(x: centre.x - 6, y: middle - 6, width: 12, height: 12)), colour: colour)
    case .outlinedSwatch(let colour):
      let square = Rect(x: centre.x - 5.5, y: middle - 5.5, width: 11, height: 11)
      canvas.fill(.rect(square), colour: .white)
      canvas.stroke(.rect(square), style: StrokeStyle(colour: colour, width: 1))
    case .none:
      break
    case .whisker(let colour):
      let stroke = StrokeStyle(colour: colour, width: 1.2)
      canvas.stroke(
        .line(from: Point(x: centre.x, y: middle - 6), to: Point(x: centre.x, y: middle + 6)),
        style: stroke)
      canvas.stroke(
        .line(
          from: Point(x: centre.x - 3, y: middle - 6), to: Point(x: centre.x + 3, y: middle - 6)),
        style: stroke)
      canvas.stroke(
        .line(
          from: Point(x: centre.x - 3, y: middle + 6), to: Point(x: centre.x + 3, y: middle + 6)),
        style: stroke)
    }
  }
}
