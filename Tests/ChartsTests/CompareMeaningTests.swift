import Analysis
import Foundation
import IndicatorModel
import Presentation
import Testing

@testable import Charts

/// What the compare chart means (issue 18): each area coloured by its comparison with England as
/// the analysis made it, the area always there, a frame as high as its bars, the group rank on
/// one scale, values told apart.
@Suite("Compare chart: comparisons, frame, caption, decimals")
struct CompareMeaningTests {
  static let (pack, indicator, assessment) = AssessedPack.assessed()

  func code(_ name: String) -> String {
    ([AssessedPack.stockport, AssessedPack.northWest] + AssessedPack.neighbours)
      .first { $0.name == name }!.code
  }

  @Test("the analysis compares each area with a figure with England, by the indicator's method")
  func analysed() throws {
    let byArea = Dictionary(
      uniqueKeysWithValues: Self.assessment.areaComparisons.map { ($0.area, $0.comparison) })
    // Stockport 54.4% (53.4–55.4), Solihull 50 (48–52) and Trafford 70 (68–72) against England
    // 67.5; the North West has no interval; Leeds, Cheshire West and England have no entry.
    #expect(byArea[code("Stockport")] == .worse)
    #expect(byArea[code("Solihull")] == .worse)
    #expect(byArea[code("Trafford")] == .better)
    #expect(byArea[code("North West")] == .notCompared)
    #expect(byArea.count == 4)
    #expect(Self.assessment.areaComparisons.allSatisfy { $0.method == Self.indicator.comparison })
    // The area's own entry is its England benchmark, made the same way.
    let benchmark = Self.assessment.benchmarks.last { $0.comparator == AssessedPack.england.code }
    #expect(benchmark?.comparison == byArea[code("Stockport")])
    let json = try #require(
      try JSONSerialization.jsonObject(with: JSONEncoder().encode(Self.assessment))
        as? [String: Any])
    let entries = json["area_comparisons"] as? [[String: Any]]
    #expect(entries?.first?["area"] as? String == "E08000007")
    #expect(entries?.first?["comparison"] as? String == "worse")
  }

  @Test("bars carry the analysis's comparisons and take their colours; England and the mean none")
  func coloured() throws {
    let chart = CompareChart(
      indicator: Self.indicator, assessment: Self.assessment, pack: Self.pack)
    func bar(_ name: String) -> CompareChart.Bar? { chart.bars.first { $0.name == name } }
    #expect(bar("Stockport")?.comparison == .worse)
    #expect(bar("Trafford")?.comparison == .better)
    #expect(bar("North West")?.comparison == .notCompared)
    #expect(bar("England")?.comparison == nil)
    #expect(chart.bars.first { $0.role == .groupMean }?.comparison == nil)
    let palette = Palette()
    let canvas = Fixtures.draw(chart, height: chart.preferredHeight())
    let fills = canvas.fills.map(\.colour)
    // Two of each: a bar, and the legend's swatch.
    #expect(fills.filter { $0 == palette.worse }.count == 3)  // Stockport, Solihull, legend
    #expect(fills.filter { $0 == palette.better }.count == 2)
    #expect(fills.filter { $0 == palette.similar }.count == 1)
    #expect(!fills.contains(palette.otherBar))
    // Outlined rectangles (not the zero line, drawn in the same grey): North West and legend.
    let outlines = canvas.strokes.filter {
      $0.style.colour == palette.notCompared && $0.path.elements.count > 2
    }
    #expect(outlines.count == 2)
    let alt = chart.altText
    #expect(
      alt.contains("Trafford 70.0% (95% CI 68.0% to 72.0%; significantly better than England)"))
    #expect(alt.contains("North West 64.0% (not compared with England)"))
  }

  @Test(
    "a legend under the bars in the key's words",
    arguments: [
      (Polarity.higherIsBetter, ["better", "similar", "worse", "not compared"]),
      (.noJudgement, ["higher", "similar", "lower", "not compared"]),
    ])
  func legend(_ polarity: Polarity, _ words: [String]) throws {
    let (pack, indicator, assessment) = AssessedPack.assessed(
      AssessedPack.pack(indicator: AssessedPack.indicator(polarity: polarity)))
    let chart = CompareChart(indicator: indicator, assessment: assessment, pack: pack)
    let canvas = Fixtures.draw(chart, height: chart.preferredHeight())
    let texts = canvas.texts
    let heading = try #require(texts.first { $0.text == Words.comparedWith("England") })
    let lowestName = try #require(texts.filter { $0.text == "Solihull" }.map(\.box.maxY).max())
    #expect(heading.box.minY > lowestName)
    let items = texts.filter { $0.box.minY == heading.box.minY }.map(\.text).dropFirst()
    #expect(Array(items) == words)
    #expect(Array(items) == Words.comparisonLegend(polarity).map(Words.comparison))
    // The key's terms cover the legend's words.
    let key = PackKey(pack: pack, assessment: Assessor.assess(pack, generatorVersion: "t"))
    let keyWords = key.comparisonWords.flatMap { $0.words.components(separatedBy: " / ") }
    #expect(Set(words).isSubset(of: Set(keyWords)))
  }

  @Test("the area is always a bar: without a figure, and when rows run out")
  func areaAlwaysIncluded() {
    var pack = AssessedPack.pack()
    pack.observations.removeAll {
      $0.area == AssessedPack.stockport.code && $0.period == AssessedPack.reporting
    }
    let (_, indicator, assessment) = AssessedPack.assessed(pack)
    let chart = CompareChart(indicator: indicator, assessment: assessment, pack: pack)
    #expect(chart.bars.filter { $0.role == .area }.count == 1)
    var many = Fixtures.compare(neighbours: 30)
    many.bars.append(many.bars.removeFirst())  // the area last of all
    many.order = .given
    for limit in [1, 2, 5] {
      #expect(CompareChart.nearest(many.bars, keeping: limit).contains { $0.role == .area })
    }
    let canvas = Fixtures.draw(many, width: 400, height: 160)
    #expect(canvas.texts.contains { $0.text == "Stockport" })
  }

  @Test("the frame is as high as the bars: every output's size, the rows at natural height")
  func frameFitsTheBars() throws {
    for neighbours in [0, 3, 10, 30] {
      let chart = Fixtures.compare(neighbours: neighbours)
      let height = chart.preferredHeight()
      #expect(ChartFile.size(of: chart) == Size(width: 800, height: height))
      let canvas = Fixtures.draw(chart, height: height)
      let lowest = try #require(canvas.texts.map(\.box.maxY).max())
      // Text reaches the padding at the foot: no empty frame.
      #expect(height - lowest <= ChartStyle().padding + 4, "\(neighbours) neighbours")
      let names = canvas.texts.filter { $0.text.hasPrefix("Neighbour ") }.map(\.box.minY)
      if names.count > 1 { #expect(abs(names[1] - names[0] - CompareFrame.naturalRow) < 0.05) }
    }
    let few = Fixtures.compare(neighbours: 1).preferredHeight()
    let more = Fixtures.compare(neighbours: 2).preferredHeight()
    #expect(abs(more - few - CompareFrame.naturalRow) <= 1)
    #expect(ChartFile.size(of: Fixtures.trend(periods: 8)) == ChartFile.standardSize)
  }

  @Test("the group rank on one scale: 1 = best and the quartile in words on that scale")
  func caption() throws {
    let chart = CompareChart(
      indicator: Self.indicator, assessment: Self.assessment, pack: Self.pack)
    let note = try #require(chart.notes.first { $0.contains(" ranks ") })
    #expect(note == "Stockport ranks 2nd of 3 among Statistical neighbours (1 = best).")
    let standing = GroupStanding(mean: 1, rank: 11, of: 11, quartile: 4)
    #expect(
      Words.groupRank(
        area: "Stockport", group: "Statistical neighbours", standing: standing,
        polarity: .lowerIsBetter)
        == "Stockport ranks 11th of 11 among Statistical neighbours (1 = best), bottom quartile.")
    #expect(
      Words.groupRank(
        area: "Stockport", group: "Statistical neighbours", standing: standing,
        polarity: .noJudgement)
        == "Stockport ranks 11th of 11 among Statistical neighbours (1 = highest), lowest quartile."
    )
    for polarity in [Polarity.higherIsBetter, .lowerIsBetter, .noJudgement] {
      let text =
        Words.groupRank(
          area: "A", group: "B", standing: standing, polarity: polarity) ?? ""
      #expect(!text.contains("lowest)") && !text.contains("quartile 4"))
    }
  }

  @Test("values with enough decimals to tell nonzero figures apart and from zero")
  func decimals() {
    let measure = Measure(type: .proportion, multiplier: 100, unit: "%", decimals: 2)
    // 2018/19 permanent exclusions: Leeds 0.0088%, a neighbour 0.01278%, England 0.09651%.
    #expect(measure.distinctDecimals([0.0088, 0.01278, 0.09651, 0.13179]) == 3)
    #expect(measure.distinctDecimals([0.004, 0, 0.1]) == 3)  // 0.004% is not 0.00%
    #expect(measure.distinctDecimals([0.13, 0.06, 0.06]) == 2)  // equal figures need nothing
    #expect(measure.distinctDecimals([0.1, 0.1000001]) == 5)  // at most 3 more places
    let chart = CompareChart(
      title: "Permanent exclusions", periodLabel: "2018/19", valueAxisTitle: "Percentage (%)",
      format: ValueFormat(decimals: measure.distinctDecimals([0.0088, 0.01278]), unit: "%"),
      bars: [
        CompareChart.Bar(name: "Stockport", role: .area, value: 0.01278),
        CompareChart.Bar(name: "Leeds", role: .named, value: 0.0088),
      ])
    let texts = Fixtures.draw(chart, height: chart.preferredHeight()).texts.map(\.text)
    #expect(texts.contains("0.009%") && texts.contains("0.013%"))
  }
}

@Suite("Sparkline: readable at any length")
struct SparklineSpanTests {
  @Test("42 quarters: the last 20 drawn, the span in the text alternative")
  func longSeries() throws {
    let labels = Fixtures.quarterLabels(42)
    let chart = Sparkline(
      title: "Registration", labels: labels, values: Fixtures.values(42),
      format: ValueFormat(decimals: 1, unit: "%"), periodNoun: "quarters")
    #expect(chart.values.count == Sparkline.maximumPoints)
    #expect(chart.labels == Array(labels.suffix(20)))
    #expect(
      chart.altText.hasPrefix(
        "Registration, last 20 of 42 quarters, \(labels[22]) to \(labels[41]): "))
    let canvas = Fixtures.draw(chart, width: 120, height: 32)
    let line = try #require(canvas.strokes.first { $0.style.colour == Palette().area })
    #expect(line.path.elements.count == 20)
  }

  @Test("a short series is drawn whole, its text unchanged")
  func shortSeries() {
    let chart = Sparkline(
      title: "Registration", labels: ["Q1", "Q2"], values: [40, 50],
      format: ValueFormat(decimals: 1, unit: "%"))
    #expect(!chart.isShortened)
    #expect(chart.altText == "Registration: 40.0% in Q1, 50.0% in Q2.")
  }

  @Test("from the assessment: quarters named")
  func fromAssessment() {
    let (pack, indicator, assessment) = AssessedPack.assessed(AssessedPack.pack(quarters: 30))
    let chart = Sparkline(indicator: indicator, assessment: assessment, pack: pack)
    #expect(chart.values.count == 20)
    #expect(chart.altText.contains("last 20 of 30 quarters, 2009/10 Q1 to 2013/14 Q4"))
  }
}
