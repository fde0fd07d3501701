import Analysis
import Charts

/// A small icon drawn on our `Canvas` for the dashboard: a movement arrow, or an SPC variation
/// or assurance icon in the spirit of *Making Data Count* (a coloured ring with an arrow,
/// zig-zag or letter) — our own drawing, not the NHS artwork. Words always stand beside an
/// icon on the page, so it is decorative there (`aria-hidden`).
enum DashboardIcon: Hashable, Sendable {
  /// Which way the figure moved (the arrow's shape) and what that means (its colour).
  case movement(Movement.Way, Movement.Meaning)
  case variation(VariationIcon)
  case assurance(AssuranceIcon)

  /// The id of its `<symbol>` in the page's sprite.
  var symbolID: String {
    switch self {
    case .movement(let way, let meaning):
      "bp-icon-movement-\(way.rawValue)-\(meaning.rawValue.replacingOccurrences(of: " ", with: "-"))"
    case .variation(let icon): "bp-icon-variation-\(icon.rawValue)"
    case .assurance(let icon): "bp-icon-assurance-\(icon.rawValue)"
    }
  }

  /// The drawing size in canvas units (CSS pixels).
  static let side = 40.0
}

/// The icon as a `Chart`, so the Cairo renderer that draws the charts draws it too.
struct IconChart: Chart {
  let icon: DashboardIcon

  var title: String {
    switch icon {
    case .movement(let way, let meaning): "\(way.rawValue), \(meaning.rawValue)"
    case .variation(let variation): variation.caption
    case .assurance(let assurance): assurance.caption
    }
  }

  var altText: String { title }

  func draw(on canvas: any Canvas, style: ChartStyle) {
    let palette = style.palette
    let centre = Point(x: DashboardIcon.side / 2, y: DashboardIcon.side / 2)
    switch icon {
    case .movement(let way, let meaning):
      drawArrow(way, meaning, at: centre, palette: palette, on: canvas)
    case .variation(let variation):
      drawVariation(variation, at: centre, style: style, on: canvas)
    case .assurance(let assurance):
      let colour: Colour =
        switch assurance {
        case .pass: palette.improvement
        case .fail: palette.concern
        case .hitOrMiss: palette.commonCause
        }
      ring(at: centre, colour: colour, on: canvas)
      let letter =
        switch assurance {
        case .pass: "P"
        case .fail: "F"
        case .hitOrMiss: "?"
        }
      self.letter(letter, at: centre, style: style, on: canvas)
    }
  }

  /// An arrow the way the figure moved: up, down or level, whatever the polarity. Better is
  /// green and worse red, anything else grey, but the shape and the words carry the meaning.
  func drawArrow(
    _ way: Movement.Way, _ meaning: Movement.Meaning, at c: Point, palette: Palette,
    on canvas: any Canvas
  ) {
    let colour: Colour =
      switch meaning {
      case .better: palette.green
      case .worse: palette.red
      default: palette.secondaryText
      }
    let points: [Point]
    switch way {
    case .up:
      points = [
        Point(x: c.x, y: 4), Point(x: 34, y: 20), Point(x: 25, y: 20), Point(x: 25, y: 36),
        Point(x: 15, y: 36), Point(x: 15, y: 20), Point(x: 6, y: 20),
      ]
    case .down:
      points = [
        Point(x: c.x, y: 36), Point(x: 34, y: 20), Point(x: 25, y: 20), Point(x: 25, y: 4),
        Point(x: 15, y: 4), Point(x: 15, y: 20), Point(x: 6, y: 20),
      ]
    case .level:
      points = [
        Point(x: 36, y: c.y), Point(x: 20, y: 6), Point(x: 20, y: 15), Point(x: 4, y: 15),
        Point(x: 4, y: 25), Point(x: 20, y: 25), Point(x: 20, y: 34),
      ]
    }
    canvas.fill(.polygon(points), colour: colour)
  }

  func drawVariation(
    _ icon: VariationIcon, at c: Point, style: ChartStyle, on canvas: any Canvas
  ) {
    let palette = style.palette
    let colour: Colour =
      switch icon {
      case .commonCause: palette.commonCause
      case .improvementHigh, .improvementLow: palette.improvement
      case .concernHigh, .concernLow: palette.concern
      case .neitherHigh, .neitherLow: palette.neutral
      }
    ring(at: c, colour: colour, on: canvas)
    guard icon != .commonCause else {
      // A level zig-zag: the process wanders within its limits.
      let points = (0..<6).map { i in
        Point(x: 9 + Double(i) * 4.4, y: c.y + (i.isMultiple(of: 2) ? -3.5 : 3.5))
      }
      canvas.stroke(.polyline(points), style: StrokeStyle(colour: palette.spcLine, width: 2.5))
      return
    }
    let high = [.improvementHigh, .concernHigh, .neitherHigh].contains(icon)
    letter(high ? "H" : "L", at: Point(x: c.x - 5, y: c.y), style: style, on: canvas)
    let x = c.x + 8
    let tip = high ? c.y - 8 : c.y + 8
    let base = high ? c.y + 1 : c.y - 1
    canvas.fill(
      .polygon([Point(x: x, y: tip), Point(x: x + 5, y: base), Point(x: x - 5, y: base)]),
      colour: palette.text)
  }

  func ring(at centre: Point, colour: Colour, on canvas: any Canvas) {
    let circle = Path.circle(center: centre, radius: 16.5)
    canvas.fill(circle, colour: .white)
    canvas.stroke(circle, style: StrokeStyle(colour: colour, width: 4))
  }

  func letter(_ text: String, at centre: Point, style: ChartStyle, on canvas: any Canvas) {
    let textStyle = TextStyle(
      family: style.fontFamily, size: 16, weight: .bold, colour: style.palette.text,
      alignment: .center)
    let height = canvas.measure(text: text, style: textStyle).height
    canvas.draw(text: text, at: Point(x: centre.x, y: centre.y - height / 2), style: textStyle)
  }
}
