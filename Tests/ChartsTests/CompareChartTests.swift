import Testing

@testable import Charts

struct CompareChartTests {
  @Test("bars sorted, missing last", arguments: [CompareChart.Order.descending, .ascending])
  func sorted(_ order: CompareChart.Order) {
    var chart = Fixtures.compare(neighbours: 5)
    chart.order = order
    let values = chart.sortedBars.compactMap(\.value)
    #expect(values == (order == .descending ? values.sorted(by: >) : values.sorted()))
    #expect(chart.sortedBars.last?.value == nil)
  }

  @Test("names listed top to bottom in sorted order, the area in bold")
  func drawnOrder() {
    let chart = Fixtures.compare(neighbours: 5)
    let canvas = Fixtures.draw(chart)
    let names = Set(chart.bars.map(\.name))
    let drawn = canvas.texts.filter { names.contains($0.text) && $0.box.x == ChartStyle().padding }
    #expect(drawn.map(\.text) == chart.sortedBars.map(\.name))
    #expect(drawn.map(\.box.y) == drawn.map(\.box.y).sorted())
    #expect(drawn.first { $0.text == "Stockport" }?.style.weight == .bold)
    #expect(drawn.filter { $0.style.weight == .bold }.count == 1)
  }

  @Test("value labels, with an en dash for a missing value")
  func valueLabels() {
    let texts = Fixtures.draw(Fixtures.compare()).texts.map(\.text)
    #expect(texts.contains("26.9 per 1,000"))
    #expect(texts.contains("24.3 per 1,000"))
    #expect(texts.contains("–"))
  }

  @Test("the area is highlighted with its colour and a band")
  func highlight() {
    let canvas = Fixtures.draw(Fixtures.compare())
    let palette = Palette()
    #expect(canvas.fills.contains { $0.colour == palette.highlightBand })
    // One bar and one legend swatch in the area colour.
    #expect(canvas.fills.filter { $0.colour == palette.area }.count == 2)
  }

  @Test("every bar with an interval has a whisker")
  func whiskers() {
    let chart = Fixtures.compare(neighbours: 4)
    let canvas = Fixtures.draw(chart)
    let horizontal = canvas.strokes.filter {
      guard $0.style.colour == Palette().whisker, case .move(let a) = $0.path.elements[0],
        case .line(let b) = $0.path.elements[1]
      else { return false }
      return a.y == b.y && b.x - a.x > 6.5
    }
    #expect(horizontal.count == chart.bars.filter { $0.lower != nil }.count)
  }
}

struct SparklineTests {
  @Test("line with gaps, last point marked, no text")
  func sparkline() {
    let chart = Sparkline(
      title: "Registration", labels: ["Q1", "Q2", "Q3", "Q4", "Q5"], values: [40, 42, nil, 47, 50],
      target: 80, format: ValueFormat(decimals: 1, unit: "%"))
    let canvas = Fixtures.draw(chart, width: 120, height: 30)
    #expect(canvas.texts.isEmpty)
    let area = Palette().area
    #expect(canvas.strokes.filter { $0.style.colour == area }.count == 2)
    let marker = canvas.fills.first { $0.colour == area }
    guard case .move(let start) = marker?.path.elements.first else {
      Issue.record("no marker")
      return
    }
    #expect(start.x > 110)
    #expect(chart.altText == "Registration: 40.0% in Q1, 50.0% in Q5. Target 80.0%.")
  }
}
