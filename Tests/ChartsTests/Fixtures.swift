import Analysis
import Charts

/// Chart specs built from plain numbers, shared by the tests.
enum Fixtures {
  /// Financial-quarter labels from 2008/09 Q1 on.
  static func quarterLabels(_ count: Int) -> [String] {
    (0..<count).map { index in
      let year = 2008 + index / 4
      let next = String(year + 1).suffix(2)
      return "\(year)/\(next) Q\(index % 4 + 1)"
    }
  }

  /// A rising series with a little wobble, like Children's Centre registration.
  static func values(_ count: Int) -> [Double] {
    (0..<count).map { (index: Int) -> Double in
      let wobble: Double = index % 3 == 0 ? 1.5 : -0.8
      return 40 + Double(index) * 0.6 + wobble
    }
  }

  static let longTitle = String(
    repeating: "Children's Centre registration of children under five years old ", count: 4
  ).prefix(200).description

  static func trend(periods: Int, title: String = "Children's Centre registration") -> TrendChart {
    let labels = quarterLabels(periods)
    let values = values(periods)
    let points = zip(labels, values).enumerated().map { index, pair in
      TrendChart.Point(
        label: pair.0, value: pair.1, lower: pair.1 - 1.2, upper: pair.1 + 1.1,
        provisional: index == periods - 1)
    }
    return TrendChart(
      title: title, areaName: "Stockport", valueAxisTitle: "Children registered (%)",
      periodAxisTitle: "Financial quarter", format: ValueFormat(decimals: 1, unit: "%"),
      points: points, target: ReferenceLine(value: 80, label: "Ofsted expectation"),
      amber: ReferenceLine(value: 75, label: "Amber threshold"),
      comparators: [
        ComparatorSeries(name: "England", kind: .national, values: values.map { $0 + 12 }),
        ComparatorSeries(name: "North West", kind: .region, values: values.map { $0 + 8 }),
        ComparatorSeries(
          name: "Statistical neighbours (mean)", kind: .groupMean, values: values.map { $0 + 10 }),
      ],
      yFromZero: true, notes: ["Source: ICS registration system (local management information)."])
  }

  /// An XmR-style chart whose limits the test supplies, as the analysis would.
  static func spc(
    periods: Int, title: String = "Children's Centre registration", insufficient: Bool = false,
    rebaseAt: Int? = nil
  ) -> ControlChart {
    let labels = quarterLabels(periods)
    let values = values(periods)
    let points = zip(labels, values).enumerated().map { index, pair in
      let segment = rebaseAt.map { index >= $0 ? 1 : 0 } ?? 0
      let mean = segment == 0 ? 45.0 : 52.0
      let cause: ControlChart.Cause =
        index % 7 == 3 ? .improvement : index % 11 == 5 ? .concern : .common
      return ControlChart.Point(
        label: pair.0, value: pair.1, segment: segment, mean: mean, lowerLimit: mean - 6,
        upperLimit: mean + 6, lowerNear: mean - 4, upperNear: mean + 4, cause: cause)
    }
    return ControlChart(
      title: title, valueAxisTitle: "Children registered (%)", periodAxisTitle: "Financial quarter",
      format: ValueFormat(decimals: 1, unit: "%"), points: points,
      target: ReferenceLine(value: 60, label: "Target"), variation: .improvementHigh,
      assurance: .fail,
      insufficientDataNote: insufficient ? "Too few points for process limits: 12 are needed." : nil
    )
  }

  static func compare(neighbours: Int = 10, title: String = "Under-18 conceptions") -> CompareChart
  {
    var bars = [
      CompareChart.Bar(name: "Stockport", role: .area, value: 26.9, lower: 22.6, upper: 31.8),
      CompareChart.Bar(name: "England", role: .national, value: 24.3, lower: 24.0, upper: 24.6),
      CompareChart.Bar(name: "North West", role: .region, value: 28.1, lower: 27.2, upper: 29.0),
    ]
    for index in 0..<neighbours {
      bars.append(
        CompareChart.Bar(
          name: "Neighbour \(index + 1)", role: .neighbour, value: 18 + Double(index) * 1.7,
          lower: 15 + Double(index) * 1.7, upper: 21 + Double(index) * 1.7))
    }
    bars.append(CompareChart.Bar(name: "Trafford", role: .named, value: nil))
    return CompareChart(
      title: title, periodLabel: "2012", valueAxisTitle: "Conceptions per 1,000 women aged 15–17",
      format: ValueFormat(decimals: 1, unit: "per 1,000"), bars: bars)
  }

  /// Specs at the edges: nothing to draw, nothing but gaps, a single point, a flat series,
  /// negative values.
  static let degenerate: [(String, any Chart)] = {
    var empty = trend(periods: 0)
    empty.target = nil
    empty.amber = nil
    var gaps = trend(periods: 6)
    for index in gaps.points.indices {
      gaps.points[index] = TrendChart.Point(label: gaps.points[index].label, value: nil)
    }
    var flat = spc(periods: 14)
    for index in flat.points.indices { flat.points[index].value = 5 }
    var negative = compare(neighbours: 3)
    negative.bars[1].value = -4
    negative.bars[1].lower = -6
    return [
      ("empty trend", empty), ("all gaps", gaps), ("one SPC point", spc(periods: 1)),
      ("flat SPC", flat), ("negative bar", negative),
      (
        "no bars",
        CompareChart(
          title: "Nothing", periodLabel: "2012", valueAxisTitle: "Rate", format: ValueFormat(),
          bars: [])
      ),
    ]
  }()

  static func draw(_ chart: some Chart, width: Double = 800, height: Double = 400)
    -> RecordingCanvas
  {
    let canvas = RecordingCanvas(size: Size(width: width, height: height))
    chart.draw(on: canvas, style: ChartStyle())
    return canvas
  }
}
