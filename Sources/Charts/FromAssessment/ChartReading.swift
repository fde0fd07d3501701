import Analysis
import IndicatorModel
import Presentation

/// The assessment's readings in sentences, for the text alternative of a chart: how the latest
/// figure stands against target, which way it is going, what SPC says, and how it compares with
/// England. Words only: every reading was made by the analysis.
struct ChartReading {
  let indicator: Indicator
  let assessment: IndicatorAssessment
  let pack: Pack

  private var measure: Measure { indicator.measure }
  private var unitName: (singular: String, plural: String) {
    indicator.periodicity.unitName
  }

  /// The sentences that apply, in the order a board member asks: target, direction, SPC,
  /// England.
  var sentences: [String] {
    [targetSentence, directionSentence, spcSentence, trendSentence, englandSentence]
      .compactMap { $0 }
  }

  /// Everything in one paragraph.
  var paragraph: String { sentences.joined(separator: " ") }

  var targetSentence: String? {
    guard let target = assessment.target else { return nil }
    let label = indicator.target.map(ChartWording.targetLabel) ?? "Target"
    var text = "\(label) \(measure.display(target.value))"
    switch target.status {
    case .none:
      return text + "."
    case .green, .amber, .red:
      text += ": \(target.status.rawValue)"
    }
    if let gap = target.gap, gap != 0 {
      text += ", \(measure.displayDifference(gap)) \(gap < 0 ? "below" : "above")"
    }
    if target.status != .green, target.periodsOffTarget > 0 {
      let n = target.periodsOffTarget
      text += ", not met for \(n) \(n == 1 ? unitName.singular : unitName.plural)"
    }
    return text + "."
  }

  var directionSentence: String? {
    let direction = assessment.direction
    var parts: [String] = []
    if let previous = direction.previous {
      parts.append("\(Self.words(previous)) since the previous \(unitName.singular)")
    }
    if let yearAgo = direction.yearAgo, indicator.periodicity.periodsPerYear != 1 {
      parts.append("\(Self.words(yearAgo)) since a year earlier")
    }
    guard !parts.isEmpty else { return nil }
    var text = parts.joined(separator: "; ")
    if direction.worseningStreak >= 2 {
      text += "; worse for \(direction.worseningStreak) \(unitName.plural) in a row"
    }
    return text.prefix(1).uppercased() + text.dropFirst() + "."
  }

  var spcSentence: String? {
    guard let spc = assessment.spc else { return nil }
    switch spc.reading {
    case .insufficientData:
      let points = spc.points.filter { $0.value != nil }.count
      return "SPC: \(points) points, too few for process limits (\(indicator.spc.minPoints) are "
        + "needed)."
    case .noVariation:
      return "SPC: no variation (every value in the baseline is the same)."
    case .ok:
      var text = "SPC: "
      text += spc.variation.map { $0.caption.lowercased() } ?? "no variation reading"
      if let assurance = spc.assurance { text += "; " + assurance.caption.lowercased() }
      return text + "."
    }
  }

  var trendSentence: String? {
    guard let trend = assessment.trend, trend.result != .cannotBeCalculated else { return nil }
    let words: String =
      switch trend.result {
      case .increasingGettingBetter: "increasing and getting better"
      case .increasingGettingWorse: "increasing and getting worse"
      case .decreasingGettingBetter: "decreasing and getting better"
      case .decreasingGettingWorse: "decreasing and getting worse"
      case .increasing: "increasing"
      case .decreasing: "decreasing"
      case .noSignificantChange: "no significant change"
      case .cannotBeCalculated: "cannot be calculated"
      }
    return "Recent trend (last \(trend.points) points): \(words)."
  }

  var englandSentence: String? {
    guard let national = pack.national,
      let benchmark = assessment.benchmarks.first(where: {
        $0.comparator == national.area.code && $0.period == assessment.period
      })
    else { return nil }
    let name = national.area.name
    var text = "\(name) \(measure.display(benchmark.value))"
    switch benchmark.comparison {
    case .notCompared: return text + " (not compared)."
    case .similar: text += ": similar to \(name)"
    case .better, .better998: text += ": significantly better than \(name)"
    case .worse, .worse998: text += ": significantly worse than \(name)"
    case .higher, .higher998: text += ": significantly higher than \(name)"
    case .lower, .lower998: text += ": significantly lower than \(name)"
    }
    return text + "."
  }

  /// A direction of travel in words.
  static func words(_ direction: Direction) -> String {
    switch direction {
    case .improved: "improved"
    case .worsened: "worsened"
    case .noChange: "no change"
    case .noSignificantChange: "no significant change"
    case .increased: "increased"
    case .decreased: "decreased"
    }
  }
}
