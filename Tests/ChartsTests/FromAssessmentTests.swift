import Analysis
import IndicatorModel
import Testing

@testable import Charts

@Suite("Chart specs from the assessment")
struct FromAssessmentTests {
  @Test("trend: every quarter to the reporting period, gaps, intervals, provisional")
  func trendPoints() throws {
    let (pack, indicator, assessment) = AssessedPack.assessed()
    let chart = TrendChart(indicator: indicator, assessment: assessment, pack: pack)
    #expect(chart.points.count == 16)
    #expect(chart.points.first?.label == "2010/11 Q1")
    #expect(chart.points.last?.label == "2013/14 Q4")
    let gap = try #require(chart.points.first { $0.label == "2011/12 Q3" })
    #expect(gap.value == nil)
    let latest = try #require(chart.points.last)
    #expect(latest.provisional)
    #expect(chart.points.dropLast().allSatisfy { !$0.provisional })
    // The value and interval are the assessment's, unrounded.
    let observation = try #require(assessment.series(area: pack.area.code).last)
    #expect(latest.value == observation.value)
    #expect(latest.lower == observation.ci?.lower)
    #expect(latest.upper == observation.ci?.upper)
    #expect(chart.yFromZero)
    #expect(chart.valueAxisTitle == "Percentage (%)")
    #expect(chart.periodAxisTitle == "Financial quarter")
    #expect(chart.notes.contains("2010/11 Q3: Revised by the service."))
    #expect(chart.notes.last == "Source: Local management information.")
  }

  @Test("trend: comparators with data only; England and the region, not Leeds")
  func trendComparators() {
    let (pack, indicator, assessment) = AssessedPack.assessed()
    let chart = TrendChart(indicator: indicator, assessment: assessment, pack: pack)
    #expect(chart.comparators.map(\.name) == ["England", "North West"])
    #expect(chart.comparators.map(\.kind) == [.national, .region])
    #expect(chart.comparators[0].values.count == chart.points.count)
    #expect(chart.comparators[0].values.first == 60)
  }

  @Test("per-period target steps; a level target has no steps")
  func targetSteps() throws {
    let (pack, indicator, assessment) = AssessedPack.assessed()
    let target = try #require(
      TrendChart(indicator: indicator, assessment: assessment, pack: pack).target)
    #expect(target.isStepped)
    #expect(target.value == 80)  // 2013/14 Q4 has no target of its own
    #expect(target.steps.compactMap { $0 }.filter { $0 == 82 }.count == 1)
    #expect(target.label == "Target (Ofsted expectation)")

    let level = AssessedPack.pack(indicator: AssessedPack.indicator(byPeriod: [:]))
    let (p2, i2, a2) = AssessedPack.assessed(level)
    let flat = try #require(TrendChart(indicator: i2, assessment: a2, pack: p2).target)
    #expect(!flat.isStepped)
    #expect(flat.steps.isEmpty)
  }

  @Test("a stepped target draws one polyline with a step")
  func steppedDrawing() {
    let (pack, indicator, assessment) = AssessedPack.assessed()
    let chart = TrendChart(indicator: indicator, assessment: assessment, pack: pack)
    let canvas = Fixtures.draw(chart)
    let targetStrokes = canvas.strokes.filter {
      $0.style.colour == Palette().target && $0.style.dash == [8, 4]
    }
    // The legend sample, and the stepped line (start, step down, step up) across the plot.
    #expect(targetStrokes.count == 2)
    let line = targetStrokes.map(\.path.elements.count).max() ?? 0
    #expect(line >= 6)
  }

  @Test("SPC: one point per analysis point, causes and icons from the analysis")
  func controlChart() throws {
    let (pack, indicator, assessment) = AssessedPack.assessed()
    let spc = try #require(assessment.spc)
    let chart = ControlChart(indicator: indicator, assessment: assessment, pack: pack)
    #expect(chart.points.count == spc.points.count)
    for (point, source) in zip(chart.points, spc.points) {
      #expect(point.label == source.period.label)
      #expect(point.value == source.value)
      #expect(point.mean == source.limits?.mean)
      #expect(point.upperLimit == source.limits?.upper)
      #expect(point.cause == ControlChart.Cause(source.specialCause))
    }
    #expect(chart.variation == spc.variation)
    #expect(chart.assurance == spc.assurance)
    #expect(chart.showsLimits == (spc.reading != .insufficientData))
    #expect(chart.notes.first?.hasPrefix("XmR chart") == true)
  }

  @Test("SPC with too few points says so and draws no limits")
  func insufficient() throws {
    let (pack, indicator, assessment) = AssessedPack.assessed(AssessedPack.pack(quarters: 8))
    #expect(assessment.spc?.reading == .insufficientData)
    let chart = ControlChart(indicator: indicator, assessment: assessment, pack: pack)
    let note = try #require(chart.insufficientDataNote)
    #expect(note == "8 points: 12 are needed for process limits, so none are drawn.")
    #expect(!chart.showsLimits)
  }

  @Test(
    "cause mapping",
    arguments: [
      (SpecialCause?.none, ControlChart.Cause.common), (.improvement, .improvement),
      (.concern, .concern), (.neutralHigh, .neutral), (.neutralLow, .neutral),
    ])
  func causes(_ cause: SpecialCause?, _ expected: ControlChart.Cause) {
    #expect(ControlChart.Cause(cause) == expected)
  }

  @Test(
    "compare: the area, comparators with data, group mean and members, best first",
    arguments: [Polarity.higherIsBetter, .lowerIsBetter])
  func compare(_ polarity: Polarity) throws {
    let (pack, indicator, assessment) = AssessedPack.assessed(
      AssessedPack.pack(indicator: AssessedPack.indicator(polarity: polarity)))
    let chart = CompareChart(indicator: indicator, assessment: assessment, pack: pack)
    #expect(chart.periodLabel == "2013/14 Q4")
    let names = Set(chart.bars.map(\.name))
    #expect(names.isSuperset(of: ["Stockport", "England", "North West", "Solihull", "Trafford"]))
    #expect(names.contains("Cheshire West and Chester"))  // a member without a figure: "–"
    #expect(!names.contains("Leeds"))  // a comparator without a figure is left out
    let values = chart.sortedBars.compactMap(\.value)
    #expect(values == (polarity == .lowerIsBetter ? values.sorted() : values.sorted(by: >)))
    #expect(chart.sortedBars.last?.value == nil)
    let solihull = try #require(chart.bars.first { $0.name == "Solihull" })
    #expect(solihull.lower == 48)
    #expect(solihull.upper == 52)
    let mean = try #require(chart.bars.first { $0.role == .groupMean })
    #expect(mean.value == assessment.groups.first?.standing.mean)
    #expect(chart.notes.contains { $0.hasPrefix("Stockport ranks ") })
  }

  @Test("the text alternative states latest value, target, direction, England")
  func altText() throws {
    let (pack, indicator, assessment) = AssessedPack.assessed()
    let trend = TrendChart(indicator: indicator, assessment: assessment, pack: pack)
    let latest = Measure(type: .proportion, unit: "%", decimals: 1).display(
      assessment.series(area: pack.area.code).last?.value)
    let text = trend.altText
    #expect(text.contains("Latest (2013/14 Q4): \(latest)"))
    #expect(text.contains("provisional"))
    // The readings in the words every output uses (Words.evidence, Movement.sentence).
    #expect(
      text.contains(
        "Target: 80% (Ofsted expectation): Red, 25.6 points below; not met for 9 quarters."))
    #expect(text.contains("Up from 50.7% to 54.4% (2012/13 Q4 to 2013/14 Q4): better; "))
    #expect(text.contains("England: 67.5%; significantly worse."))
    #expect(text.contains("No figure for 2011/12 Q3."))
    let spc = ControlChart(indicator: indicator, assessment: assessment, pack: pack).altText
    #expect(spc.hasPrefix("SPC chart of Children's Centre registration"))
    #expect(spc.contains("Variation: ") || spc.contains("too few"))
    let compare = CompareChart(indicator: indicator, assessment: assessment, pack: pack).altText
    #expect(
      compare.contains(
        "Solihull 50.0% (95% CI 48.0% to 52.0%; significantly worse than England)"))
    let spark = Sparkline(indicator: indicator, assessment: assessment, pack: pack).altText
    #expect(spark.contains("in 2013/14 Q4"))
  }

  @Test("every kind maps and draws within the canvas", arguments: ChartKind.allCases)
  func kinds(_ kind: ChartKind) {
    let (pack, indicator, assessment) = AssessedPack.assessed()
    let chart = kind.chart(indicator: indicator, assessment: assessment, pack: pack)
    let canvas = RecordingCanvas(size: Size(width: 800, height: 400))
    chart.draw(on: canvas, style: ChartStyle())
    let bounds = Rect(x: 0, y: 0, width: 800, height: 400)
    #expect(canvas.texts.allSatisfy { bounds.contains($0.box) })
    #expect(!chart.altText.isEmpty)
  }

  @Test(
    "y from zero: configured, else counts and proportions",
    arguments: [
      (MeasureType.proportion, Bool?.none, true), (.count, nil, true), (.rate, nil, false),
      (.value, nil, false), (.rate, true, true), (.proportion, false, false),
    ])
  func yFromZero(_ type: MeasureType, _ configured: Bool?, _ expected: Bool) {
    var indicator = AssessedPack.indicator()
    indicator.measure = Measure(type: type)
    indicator.yFromZero = configured
    #expect(ChartWording.yFromZero(indicator) == expected)
  }
}
