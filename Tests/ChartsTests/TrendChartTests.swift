import Testing

@testable import Charts

struct TrendChartTests {
  let palette = Palette()

  /// Vertical strokes in the whisker colour: one bar per interval (caps are horizontal).
  func whiskerBars(_ canvas: RecordingCanvas) -> [Path] {
    canvas.strokes.filter { stroke in
      guard stroke.style.colour == palette.whisker,
        case .move(let a) = stroke.path.elements.first,
        case .line(let b) = stroke.path.elements.last
      else { return false }
      return a.x == b.x && a.y != b.y
    }.map(\.path)
  }

  @Test("every point with an interval gets a whisker", arguments: [4, 24])
  func whiskers(_ periods: Int) {
    let canvas = Fixtures.draw(Fixtures.trend(periods: periods))
    // The legend's whisker sample is one more.
    #expect(whiskerBars(canvas).count == periods + 1)
  }

  @Test("no interval, no whisker and no legend entry")
  func noWhiskers() {
    var chart = Fixtures.trend(periods: 8)
    chart.points = chart.points.map { TrendChart.Point(label: $0.label, value: $0.value) }
    let canvas = Fixtures.draw(chart)
    #expect(whiskerBars(canvas).isEmpty)
    #expect(!canvas.texts.map(\.text).contains("95% confidence interval"))
  }

  @Test("a provisional point is hollow and explained in a footnote")
  func provisional() {
    let canvas = Fixtures.draw(Fixtures.trend(periods: 8))
    let texts = canvas.texts.map(\.text)
    #expect(
      texts.contains { $0.hasPrefix("Hollow points are provisional") && $0.contains("2009/10 Q4") })
    // Hollow markers are white-filled circles outlined in the area colour: the point and the
    // legend sample.
    let outlined = canvas.strokes.filter {
      $0.style.colour == palette.area && $0.style.width == 1.5
    }
    #expect(outlined.count == 2)
  }

  @Test("a missing value leaves a gap in the line")
  func gap() {
    var chart = Fixtures.trend(periods: 10)
    chart.points[4].value = nil
    chart.points[4].lower = nil
    chart.points[4].upper = nil
    let canvas = Fixtures.draw(chart)
    let areaLines = canvas.strokes.filter {
      $0.style.colour == palette.area && $0.style.width == ChartStyle().lineWidth
        && $0.path.elements.count > 2
    }
    #expect(areaLines.count == 2)
    #expect(areaLines.map { $0.path.elements.count }.sorted() == [4, 5])
    #expect(canvas.texts.contains { $0.text.hasPrefix("Gaps in the line") })
  }

  @Test("y from zero when the spec says so", arguments: [true, false])
  func yFromZero(_ fromZero: Bool) {
    var chart = Fixtures.trend(periods: 12)
    chart.yFromZero = fromZero
    chart.target = nil
    chart.amber = nil
    chart.comparators = []
    let ticks = Fixtures.draw(chart).texts.filter { $0.style.alignment == .trailing }.map(\.text)
    #expect(ticks.contains("0") == fromZero)
  }

  @Test("target, amber and comparators appear in the legend with values")
  func legend() {
    let texts = Fixtures.draw(Fixtures.trend(periods: 12)).texts.map(\.text)
    for expected in [
      "Stockport", "England", "North West", "Statistical neighbours (mean)",
      "Ofsted expectation: 80.0%", "Amber threshold: 75.0%", "95% confidence interval",
      "Provisional", "Children registered (%)", "Financial quarter",
    ] {
      #expect(texts.contains(expected), "missing \(expected)")
    }
  }

  @Test("comparator lines differ in dash as well as colour")
  func comparatorDashes() {
    let dashes = ComparatorKind.allCases.enumerated().map {
      SeriesDrawing.stroke(for: $1, index: $0, palette: palette).dash
    }
    #expect(Set(dashes).count == dashes.count)
  }

  @Test("alt text gives the latest value, interval and target")
  func altText() {
    let chart = Fixtures.trend(periods: 4)
    let latest = chart.points[3].value!
    #expect(
      chart.altText.contains(
        "Latest (2008/09 Q4): \(ValueFormat(decimals: 1, unit: "%").string(latest))"))
    #expect(chart.altText.contains("Ofsted expectation: 80.0%"))
    #expect(chart.altText.contains("provisional"))
  }

  @Test("the chart is one group carrying its alt text")
  func group() {
    let chart = Fixtures.trend(periods: 4)
    let canvas = Fixtures.draw(chart)
    #expect(
      canvas.operations.first == .beginGroup(CanvasGroup(tag: "Figure", altText: chart.altText)))
    #expect(canvas.operations.last == .endGroup)
  }
}
