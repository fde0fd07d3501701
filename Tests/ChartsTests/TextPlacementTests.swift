import Testing

@testable import Charts

/// Design §6.1: "Text never overlaps or runs off the canvas, whatever the title length or
/// number of periods."
struct TextPlacementTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let name: String
    let chart: any Chart
    let width: Double
    let height: Double
    var testDescription: String { "\(name) \(Int(width))×\(Int(height))" }
  }

  static let cases: [Case] =
    [4, 24, 80].flatMap { periods -> [Case] in
      [
        Case(
          name: "trend \(periods)", chart: Fixtures.trend(periods: periods), width: 800, height: 400
        ),
        Case(
          name: "trend \(periods) long title",
          chart: Fixtures.trend(periods: periods, title: Fixtures.longTitle), width: 800,
          height: 400),
        Case(
          name: "spc \(periods)", chart: Fixtures.spc(periods: periods), width: 800, height: 400),
        Case(
          name: "spc \(periods) long title",
          chart: Fixtures.spc(periods: periods, title: Fixtures.longTitle), width: 800, height: 400),
        Case(
          name: "spc \(periods) insufficient",
          chart: Fixtures.spc(periods: periods, insufficient: true), width: 800, height: 400),
        Case(
          name: "trend \(periods) narrow",
          chart: Fixtures.trend(periods: periods, title: Fixtures.longTitle), width: 320,
          height: 240),
        Case(
          name: "spc \(periods) narrow",
          chart: Fixtures.spc(periods: periods, title: Fixtures.longTitle),
          width: 360, height: 260),
      ]
    } + [
      Case(name: "compare", chart: Fixtures.compare(), width: 800, height: 400),
      Case(
        name: "compare long title", chart: Fixtures.compare(title: Fixtures.longTitle), width: 800,
        height: 400),
      Case(
        name: "compare 30 neighbours", chart: Fixtures.compare(neighbours: 30), width: 600,
        height: 400),
    ] + Fixtures.degenerate.map { Case(name: $0.0, chart: $0.1, width: 400, height: 250) }

  @Test("all text inside the canvas", arguments: cases)
  func textInsideCanvas(_ example: Case) {
    let canvas = Fixtures.draw(example.chart, width: example.width, height: example.height)
    let bounds = Rect(x: 0, y: 0, width: example.width, height: example.height)
    #expect(!canvas.texts.isEmpty)
    for text in canvas.texts {
      #expect(bounds.contains(text.box), "\"\(text.text)\" at \(text.box) runs off the canvas")
    }
  }

  @Test("no two text runs overlap", arguments: cases)
  func noOverlap(_ example: Case) {
    let texts = Fixtures.draw(example.chart, width: example.width, height: example.height).texts
    for i in texts.indices {
      for j in texts.indices where j > i {
        #expect(
          !texts[i].box.intersects(texts[j].box),
          "\"\(texts[i].text)\" \(texts[i].box) overlaps \"\(texts[j].text)\" \(texts[j].box)")
      }
    }
  }

  @Test("a long title is wrapped and cut with an ellipsis")
  func longTitleEllipsized() {
    let canvas = Fixtures.draw(Fixtures.trend(periods: 24, title: Fixtures.longTitle), width: 500)
    let titleRuns = canvas.texts.filter { $0.style.size == ChartStyle().titleSize }
    #expect(titleRuns.count == ChartStyle().titleLines)
    #expect(titleRuns.last?.text.hasSuffix("…") == true)
  }

  @Test(
    "the latest period is always labelled, and crowded labels are thinned", arguments: [4, 24, 80])
  func latestPeriodLabelled(_ periods: Int) {
    let labels = Fixtures.quarterLabels(periods)
    let texts = Fixtures.draw(Fixtures.trend(periods: periods)).texts.map(\.text)
    #expect(texts.contains(labels.last!))
    let shown = labels.filter(texts.contains)
    if periods == 4 { #expect(shown.count == 4) }
    if periods == 80 { #expect(shown.count < 80 && shown.count >= 5) }
  }
}
