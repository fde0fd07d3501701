import Analysis
import IndicatorModel
import Testing

@testable import Charts

@Suite("Icons as images")
struct IconTests {
  static let all: [Icon] =
    TargetStatus.allCases.map(Icon.rag)
    + Direction.allCases.flatMap { direction in
      Polarity.allCases.map { Icon.direction(direction, polarity: $0) }
    }
    + VariationIcon.allCases.map(Icon.variation) + AssuranceIcon.allCases.map(Icon.assurance)

  static func draw(_ icon: Icon, side: Double = 24) -> RecordingCanvas {
    let canvas = RecordingCanvas(size: Size(width: side, height: side))
    IconImage(icon).draw(on: canvas, style: ChartStyle())
    return canvas
  }

  /// The bounding box of every point of every path drawn.
  static func extent(_ canvas: RecordingCanvas) -> Rect? {
    var xs: [Double] = []
    var ys: [Double] = []
    for path in canvas.fills.map(\.path) + canvas.strokes.map(\.path) {
      for element in path.elements {
        switch element {
        case .move(let p), .line(let p):
          xs.append(p.x)
          ys.append(p.y)
        case .arc(let c, let r, _, _):
          xs += [c.x - r, c.x + r]
          ys += [c.y - r, c.y + r]
        case .close: break
        }
      }
    }
    guard let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max()
    else { return nil }
    return Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
  }

  @Test("every icon draws inside its canvas, at 16, 24 and 64 units", arguments: [16.0, 24, 64])
  func inside(_ side: Double) throws {
    let bounds = Rect(x: 0, y: 0, width: side, height: side)
    for icon in Self.all {
      let canvas = Self.draw(icon, side: side)
      let extent = try #require(Self.extent(canvas), "\(icon) drew nothing")
      #expect(bounds.contains(extent, tolerance: 0.01), "\(icon): \(extent)")
      for text in canvas.texts { #expect(bounds.contains(text.box, tolerance: 1), "\(icon)") }
    }
  }

  @Test(
    "RAG: the colour and a letter",
    arguments: [(TargetStatus.red, "R"), (.amber, "A"), (.green, "G"), (.none, "–")])
  func rag(_ status: TargetStatus, _ letter: String) {
    let canvas = Self.draw(.rag(status))
    #expect(canvas.texts.map(\.text) == [letter])
    let palette = Palette()
    let expected: Colour =
      switch status {
      case .red: palette.red
      case .amber: palette.amber
      case .green: palette.green
      case .none: .white
      }
    #expect(canvas.fills.first?.colour == expected)
  }

  @Test(
    "direction arrows point the way the value moved",
    arguments: [
      (Direction.improved, Polarity.higherIsBetter, Icon.Arrow.up),
      (.improved, .lowerIsBetter, .down), (.worsened, .higherIsBetter, .down),
      (.worsened, .lowerIsBetter, .up), (.increased, .noJudgement, .up),
      (.decreased, .noJudgement, .down), (.noChange, .higherIsBetter, .level),
      (.noSignificantChange, .lowerIsBetter, .level),
    ])
  func arrows(_ direction: Direction, _ polarity: Polarity, _ arrow: Icon.Arrow) throws {
    let icon = Icon.direction(direction, polarity: polarity)
    #expect(icon.arrow == arrow)
    // The drawn tip (the first point of the polygon) agrees with the arrow.
    let path = try #require(Self.draw(icon).fills.first?.path)
    guard case .move(let tip) = path.elements.first else {
      Issue.record("no polygon")
      return
    }
    switch arrow {
    case .up: #expect(tip.y < 6)
    case .down: #expect(tip.y > 18)
    case .level: #expect(tip.x > 18 && abs(tip.y - 12) < 0.01)
    }
  }

  @Test("improved is green, worsened red: judgement by colour as well as by arrow")
  func arrowColours() {
    let palette = Palette()
    #expect(
      Self.draw(.direction(.improved, polarity: .lowerIsBetter)).fills.first?.colour
        == palette.green)
    #expect(
      Self.draw(.direction(.worsened, polarity: .higherIsBetter)).fills.first?.colour
        == palette.red)
  }

  @Test("every icon has its own caption, which is its text alternative")
  func captions() {
    let distinct = Self.all.filter {
      if case .direction(_, let polarity) = $0 { return polarity == .higherIsBetter }
      return true
    }
    #expect(Set(distinct.map(\.caption)).count == distinct.count)
    for icon in Self.all {
      #expect(IconImage(icon).altText == icon.caption)
      #expect(!icon.caption.isEmpty)
    }
  }
}
