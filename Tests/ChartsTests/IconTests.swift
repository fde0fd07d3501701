import Analysis
import IndicatorModel
import Testing

@testable import Charts

@Suite("Icons as images")
struct IconTests {
  static let ways: [Movement.Way] = [.up, .down, .level]
  static let meanings: [Movement.Meaning] = [
    .better, .worse, .notSignificant, .notJudged, .noChange,
  ]
  static let movements: [Icon] = ways.flatMap { way in meanings.map { Icon.movement(way, $0) } }
  static let all: [Icon] =
    TargetStatus.allCases.map(Icon.rag) + movements
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
    "movement arrows point the way the figure moved, whatever it means",
    arguments: [Movement.Way.up, .down, .level])
  func arrows(_ way: Movement.Way) throws {
    for meaning in Self.meanings {
      // The drawn tip (the first point of the polygon) agrees with the way.
      let path = try #require(Self.draw(.movement(way, meaning)).fills.first?.path)
      guard case .move(let tip) = path.elements.first else {
        Issue.record("no polygon")
        return
      }
      switch way {
      case .up: #expect(tip.y < 6)
      case .down: #expect(tip.y > 18)
      case .level: #expect(tip.x > 18 && abs(tip.y - 12) < 0.01)
      }
    }
  }

  @Test("better is green and worse red, whichever way the arrow points")
  func arrowColours() {
    let palette = Palette()
    for way in [Movement.Way.up, .down] {
      #expect(Self.draw(.movement(way, .better)).fills.first?.colour == palette.green)
      #expect(Self.draw(.movement(way, .worse)).fills.first?.colour == palette.red)
      #expect(Self.draw(.movement(way, .notSignificant)).fills.first?.colour == palette.commonCause)
    }
  }

  @Test("every icon has its own caption, which is its text alternative")
  func captions() {
    #expect(Set(Self.all.map(\.caption)).count == Self.all.count)
    for icon in Self.all {
      #expect(IconImage(icon).altText == icon.caption)
      #expect(!icon.caption.isEmpty)
    }
  }
}
