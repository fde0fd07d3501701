import Analysis
import Testing

@testable import Charts

struct ControlChartTests {
  let palette = Palette()

  func limitLines(_ canvas: RecordingCanvas) -> Int {
    canvas.strokes.filter { $0.style.colour == palette.limits && $0.style.dash == [6, 4] }.count
  }

  func meanLines(_ canvas: RecordingCanvas) -> Int {
    canvas.strokes.filter { $0.style.colour == palette.mean }.count
  }

  @Test("limits and mean drawn per segment, in the legend too")
  func limits() {
    let canvas = Fixtures.draw(Fixtures.spc(periods: 24))
    // Upper and lower limit plus the legend sample; mean plus the legend sample.
    #expect(limitLines(canvas) == 3)
    #expect(meanLines(canvas) == 2)
  }

  @Test("a rebase restarts the limits and is footnoted")
  func rebase() {
    let canvas = Fixtures.draw(Fixtures.spc(periods: 24, rebaseAt: 12))
    #expect(limitLines(canvas) == 5)
    #expect(meanLines(canvas) == 3)
    #expect(canvas.texts.contains { $0.text == "Limits recalculated from 2011/12 Q1." })
  }

  @Test("insufficient data: a note and no limits, whatever the points hold")
  func insufficientData() {
    let chart = Fixtures.spc(periods: 8, insufficient: true)
    #expect(chart.points.allSatisfy { $0.upperLimit != nil })
    let canvas = Fixtures.draw(chart)
    #expect(limitLines(canvas) == 0)
    #expect(meanLines(canvas) == 0)
    #expect(canvas.texts.contains { $0.text.hasPrefix("Too few points for process limits") })
    #expect(!canvas.texts.contains { $0.text == "Process limits" })
    // The icons read the limits, so they go too.
    #expect(!canvas.texts.contains { $0.text == "F" || $0.text == "H" })
  }

  /// The fill of the marker drawn for a point in the given colour, legend samples excluded.
  func markerFills(_ canvas: RecordingCanvas, colour: Colour) -> [Path] {
    canvas.fills.filter { $0.colour == colour }.map(\.path)
  }

  @Test("special causes differ in shape as well as colour")
  func shapes() {
    let canvas = Fixtures.draw(Fixtures.spc(periods: 24))
    func signature(_ path: Path) -> String {
      path.elements.map {
        switch $0 {
        case .move: "M"
        case .line: "L"
        case .arc: "A"
        case .close: "Z"
        }
      }.joined()
    }
    let common = markerFills(canvas, colour: palette.commonCause).map(signature)
    let improvement = markerFills(canvas, colour: palette.improvement).map(signature)
    let concern = markerFills(canvas, colour: palette.concern).map(signature)
    #expect(Set(common) == ["MAZ"])
    #expect(Set(improvement).contains("MLLZ"))
    #expect(Set(concern).contains("MLLZ"))
    // Improvement points up (apex first, above the base); concern points down.
    func apexUp(_ path: Path) -> Bool? {
      guard case .move(let apex) = path.elements[0], case .line(let base) = path.elements[1] else {
        return nil
      }
      return apex.y < base.y
    }
    let triangles = { (paths: [Path]) in paths.filter { signature($0) == "MLLZ" }.compactMap(apexUp)
    }
    #expect(!triangles(markerFills(canvas, colour: palette.improvement)).isEmpty)
    #expect(triangles(markerFills(canvas, colour: palette.improvement)).allSatisfy { $0 })
    #expect(triangles(markerFills(canvas, colour: palette.concern)).allSatisfy { !$0 })
  }

  @Test(
    "shape per reading",
    arguments: zip(
      ControlChart.Cause.allCases, ["circle", "triangle-up", "triangle-down", "square"]))
  func shapeTable(_ cause: ControlChart.Cause, _ shape: String) {
    #expect(cause.shape.rawValue == shape)
  }

  @Test("icons carry captions in words", arguments: VariationIcon.allCases)
  func variationCaption(_ icon: VariationIcon) {
    var chart = Fixtures.spc(periods: 24)
    chart.variation = icon
    let texts = Fixtures.draw(chart).texts.map(\.text).joined(separator: " ")
    #expect(texts.contains(icon.caption.split(separator: " ").first!))
  }

  @Test("assurance letter by reading", arguments: zip(AssuranceIcon.allCases, ["P", "F", "?"]))
  func assuranceLetter(_ icon: AssuranceIcon, _ letter: String) {
    var chart = Fixtures.spc(periods: 24)
    chart.assurance = icon
    chart.variation = nil
    let texts = Fixtures.draw(chart).texts.map(\.text)
    #expect(texts.contains(letter))
  }

  @Test("alt text names the reading and icons")
  func altText() {
    let text = Fixtures.spc(periods: 24).altText
    #expect(text.contains("Variation: Improvement: unusually high."))
    #expect(text.contains("Assurance: Target consistently missed."))
    #expect(text.contains("Mean 45.0%, process limits 39.0% to 51.0%."))
    let insufficient = Fixtures.spc(periods: 8, insufficient: true).altText
    #expect(!insufficient.contains("Mean"))
    #expect(!insufficient.contains("Variation"))
    #expect(insufficient.contains("Too few points for process limits"))
  }
}
