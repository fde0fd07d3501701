import Analysis
import Charts
import Foundation
import IndicatorModel

/// Charts built from plain numbers for the rendering tests, and a folder to keep their output
/// in so a person can look at it after a run.
enum Samples {
  static let date = CalendarDate(year: 2014, month: 3, day: 31)

  static func quarterLabels(_ count: Int) -> [String] {
    (0..<count).map { index in
      let year = 2008 + index / 4
      return "\(year)/\(String(year + 1).suffix(2)) Q\(index % 4 + 1)"
    }
  }

  /// Children's Centre registration rising towards 55%, 24 quarters.
  static func values(_ count: Int) -> [Double] {
    (0..<count).map { (index: Int) -> Double in
      let wobble: Double = [0.9, -0.7, 0.3, -0.4][index % 4]
      return 38 + Double(index) * 0.7 + wobble
    }
  }

  static func trend(
    periods: Int = 24, title: String = "Children's Centre registration (children under 5)"
  ) -> TrendChart {
    let labels = quarterLabels(periods)
    let values = values(periods)
    var points = zip(labels, values).enumerated().map { index, pair in
      TrendChart.Point(
        label: pair.0, value: pair.1, lower: pair.1 - 1.0, upper: pair.1 + 1.0,
        provisional: index == periods - 1)
    }
    if periods > 10 { points[6].value = nil; points[6].lower = nil; points[6].upper = nil }
    return TrendChart(
      title: title, areaName: "Stockport", valueAxisTitle: "Children under 5 registered (%)",
      periodAxisTitle: "Financial quarter", format: ValueFormat(decimals: 1, unit: "%"),
      points: points, target: ReferenceLine(value: 80, label: "Ofsted expectation"),
      amber: ReferenceLine(value: 75, label: "Amber from"),
      comparators: [
        ComparatorSeries(name: "England", kind: .national, values: values.map { $0 + 14 }),
        ComparatorSeries(name: "North West", kind: .region, values: values.map { $0 + 9 }),
      ],
      yFromZero: true, notes: ["Source: ICS registration system (local management information)."])
  }

  /// Limits as an analysis would supply them, with a rebase after 12 points.
  static func spc(
    periods: Int = 24, title: String = "Children's Centre registration (children under 5)",
    insufficient: Bool = false
  ) -> ControlChart {
    let labels = quarterLabels(periods)
    let values = values(periods)
    let points = zip(labels, values).enumerated().map { index, pair in
      let segment = index >= 12 ? 1 : 0
      let mean = segment == 0 ? 41.8 : 50.2
      let cause: ControlChart.Cause = index == 5 ? .concern : (index >= 17 ? .improvement : .common)
      return ControlChart.Point(
        label: pair.0, value: pair.1, segment: segment, mean: mean, lowerLimit: mean - 4.5,
        upperLimit: mean + 4.5, lowerNear: mean - 3, upperNear: mean + 3, cause: cause)
    }
    return ControlChart(
      title: title, valueAxisTitle: "Children under 5 registered (%)",
      periodAxisTitle: "Financial quarter", format: ValueFormat(decimals: 1, unit: "%"),
      points: points, target: ReferenceLine(value: 80, label: "Ofsted expectation"),
      variation: .improvementHigh, assurance: .fail,
      insufficientDataNote: insufficient
        ? "Only \(periods) points: 12 are needed for process limits." : nil)
  }

  /// Under-18 conceptions (lower is better), each area's comparison with England's 27.7 as the
  /// analysis makes it from the intervals below.
  static func compare() -> CompareChart {
    var bars = [
      CompareChart.Bar(
        name: "Stockport", role: .area, value: 26.9, lower: 23.7, upper: 30.4,
        comparison: .similar),
      CompareChart.Bar(name: "England", role: .national, value: 27.7, lower: 27.5, upper: 27.9),
      CompareChart.Bar(
        name: "North West", role: .region, value: 32.4, lower: 31.7, upper: 33.1,
        comparison: .worse),
      CompareChart.Bar(name: "Statistical neighbours (mean)", role: .groupMean, value: 29.8),
    ]
    let neighbours: [(String, BenchmarkComparison)] = [
      ("Trafford", .better), ("Bury", .better), ("Calderdale", .similar), ("Kirklees", .similar),
      ("Cheshire West and Chester", .worse), ("Warrington", .worse), ("Solihull", .better),
    ]
    for (index, (name, comparison)) in neighbours.enumerated() {
      let value = 20 + Double(index * 37 % 17)
      bars.append(
        CompareChart.Bar(
          name: name, role: .neighbour, value: value, lower: value - 3.5, upper: value + 3.9,
          comparison: comparison))
    }
    bars.append(
      CompareChart.Bar(name: "Sefton", role: .neighbour, value: nil, comparison: .notCompared))
    return CompareChart(
      title: "Under-18 conceptions", periodLabel: "2012",
      valueAxisTitle: "Conceptions per 1,000 women aged 15–17",
      format: ValueFormat(decimals: 1, unit: "per 1,000"), bars: bars, order: .ascending,
      notes: ["Source: ONS conception statistics via Fingertips."],
      legendComparisons: [.better, .similar, .worse, .notCompared])
  }

  /// Where the tests leave their renderings: the system temporary folder.
  static let outputFolder: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("boardpack-chart-tests")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }()

  /// Saves bytes under a name and returns the file's URL.
  static func save(_ data: Data, as name: String) throws -> URL {
    let url = outputFolder.appendingPathComponent(name)
    try data.write(to: url)
    return url
  }
}
