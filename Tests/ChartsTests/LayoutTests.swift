import Testing

@testable import Charts

struct AxisScaleTests {
  @Test(
    "nice ticks",
    arguments: [
      (0.0, 55.0, true, 6, 0.0, 60.0, 10.0),
      (40.0, 55.0, false, 5, 40.0, 55.0, 5.0),
      (0.12, 0.31, true, 5, 0.0, 0.4, 0.1),
      (-3.06, 6.95, false, 6, -4.0, 8.0, 2.0),
      (5.0, 5.0, false, 5, 4.0, 6.0, 0.5),
      (1_000.0, 74_588.0, true, 6, 0.0, 80_000.0, 20_000.0),
    ])
  func ticks(
    _ minimum: Double, _ maximum: Double, _ zero: Bool, _ count: Int, _ lower: Double,
    _ upper: Double, _ step: Double
  ) {
    let scale = AxisScale(minimum: minimum, maximum: maximum, includeZero: zero, tickCount: count)
    #expect(abs(scale.lower - lower) < 1e-9)
    #expect(abs(scale.upper - upper) < 1e-9)
    #expect(abs(scale.step - step) < 1e-9)
    #expect(scale.ticks.first == scale.lower)
    #expect(abs(scale.ticks.last! - scale.upper) < 1e-9)
  }

  @Test("tick decimals follow the step", arguments: [(10.0, 0), (2.5, 1), (0.25, 2), (0.1, 1)])
  func decimals(_ step: Double, _ places: Int) {
    let scale = AxisScale(minimum: 0, maximum: step * 4, includeZero: true, tickCount: 5)
    #expect(scale.step == step)
    #expect(scale.decimals == places)
  }
}

struct TextLayoutTests {
  let canvas = RecordingCanvas(size: Size(width: 100, height: 100))
  let style = TextStyle(family: "Liberation Sans", size: 10)

  @Test("wrapping keeps every line within the width")
  func wrap() {
    let lines = TextLayout.wrap(
      Fixtures.longTitle, style: style, maxWidth: 150, maxLines: 20, on: canvas)
    #expect(lines.count > 3)
    #expect(lines.allSatisfy { canvas.measure(text: $0, style: style).width <= 150 })
    #expect(
      lines.joined(separator: " ")
        == Fixtures.longTitle.split(separator: " ").joined(separator: " "))
  }

  @Test("too many lines: the last is ellipsized")
  func ellipsized() {
    let lines = TextLayout.wrap(
      Fixtures.longTitle, style: style, maxWidth: 150, maxLines: 2, on: canvas)
    #expect(lines.count == 2)
    #expect(lines[1].hasSuffix("…"))
    #expect(canvas.measure(text: lines[1], style: style).width <= 150)
  }

  @Test("a word wider than the line is broken")
  func longWord() {
    let lines = TextLayout.wrap(
      String(repeating: "W", count: 40), style: style, maxWidth: 50, maxLines: 20, on: canvas)
    #expect(lines.count > 1)
    #expect(lines.allSatisfy { canvas.measure(text: $0, style: style).width <= 50 })
    #expect(lines.joined() == String(repeating: "W", count: 40))
  }

  @Test("text that fits is left alone; nothing fits gives nothing")
  func ellipsizeEdges() {
    #expect(TextLayout.ellipsize("Q4", style: style, maxWidth: 100, on: canvas) == "Q4")
    #expect(TextLayout.ellipsize("Quarter", style: style, maxWidth: 1, on: canvas) == "")
  }

  @Test("period labels never come within the gap of each other", arguments: [10, 40, 200])
  func periodLabels(_ count: Int) {
    let labels = Fixtures.quarterLabels(count)
    let centres = (0..<count).map { 20 + Double($0) * 600 / Double(count) }
    let placed = PeriodLabels.place(
      labels, centres: centres, top: 0, style: style, minX: 0, maxX: 640, gap: 8, on: canvas)
    #expect(placed.last?.index == count - 1)
    for (a, b) in zip(placed, placed.dropFirst()) { #expect(b.box.minX - a.box.maxX >= 8) }
  }
}

struct PaletteTests {
  @Test(
    "documented colours",
    arguments: [
      (\Palette.improvement, "#2B8CC4"), (\Palette.concern, "#CC6D00"),
      (\Palette.commonCause, "#8A8A8A"), (\Palette.red, "#D4351C"), (\Palette.amber, "#B35C00"),
      (\Palette.green, "#00703C"), (\Palette.area, "#005EA5"),
    ] as [(KeyPath<Palette, Colour> & Sendable, String)])
  func colours(_ key: KeyPath<Palette, Colour> & Sendable, _ hex: String) {
    #expect(Palette()[keyPath: key].description == hex)
    #expect(Colour(hex: hex) == Palette()[keyPath: key])
  }

  @Test("branding colour becomes the area colour; bad colours are ignored")
  func branding() {
    #expect(Palette(branding: .init(colour: "#123456")).area.description == "#123456")
    #expect(Palette(branding: .init(colour: "teal")).area == Palette().area)
  }
}

struct RecordingCanvasTests {
  @Test("the log is readable text")
  func log() {
    let canvas = RecordingCanvas(size: Size(width: 100, height: 50))
    canvas.stroke(
      .line(from: Point(x: 1, y: 2), to: Point(x: 30.5, y: 2)),
      style: StrokeStyle(colour: Colour(rgb: 0x289DE0), width: 1.5, dash: [6, 4]))
    canvas.draw(
      text: "Q4", at: Point(x: 50, y: 10),
      style: TextStyle(family: "Liberation Sans", size: 10, alignment: .center))
    let expectedWidth = NumberText.short(
      canvas.measure(text: "Q4", style: TextStyle(family: "", size: 10)).width)
    #expect(
      canvas.log == """
        stroke #289DE0 w1.5 dash 6,4 M1,2 L30.5,2
        text "Q4" 10pt regular center #000000 box \(NumberText.short(50 - (canvas.texts[0].box.width / 2))),10 \(expectedWidth)x11.5
        """)
  }
}

/// Thinned quarterly labels stay on one quarter of the year, so the axis reads as years.
struct PeriodLabelCycleTests {
  let canvas = RecordingCanvas(size: Size(width: 800, height: 400))
  let style = TextStyle(family: "Liberation Sans", size: 11)

  @Test(
    "steps are the divisors of the cycle, then its multiples",
    arguments: [
      (40, 4, [1, 2, 4, 8, 12, 16, 20, 24, 28, 32, 36, 40]),
      (30, 12, [1, 2, 3, 4, 6, 12, 24, 30]),
      (5, 1, [1, 2, 3, 4, 5]),
      (3, 4, [1, 2, 3]),
      (1, 4, [1]),
    ])
  func steps(_ count: Int, _ cycle: Int, _ expected: [Int]) {
    #expect(PeriodLabels.steps(count: count, cycle: cycle) == expected)
  }

  @Test(
    "40 quarters on a narrow axis: every label shown is a Q4, none overlap",
    arguments: [
      300.0, 500, 760,
    ])
  func sameQuarter(_ width: Double) {
    let labels = Fixtures.quarterLabels(40)
    #expect(labels.last?.hasSuffix("Q4") == true)
    let centres = (0..<40).map { 20 + Double($0) * (width - 40) / 40 }
    let placed = PeriodLabels.place(
      labels, centres: centres, top: 0, style: style, minX: 0, maxX: width, gap: 8, cycle: 4,
      on: canvas)
    #expect(placed.count > 1)
    #expect(placed.allSatisfy { $0.text.hasSuffix("Q4") })
    for (a, b) in zip(placed, placed.dropFirst()) { #expect(b.box.minX - a.box.maxX >= 8) }
  }
}
