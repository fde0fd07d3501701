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

  /// The readings as `Words.evidence` gives them beside an exception, by label.
  private func evidence(_ label: String) -> String? {
    Words.evidence(assessment, indicator: indicator, pack: pack).first { $0.label == label }?.text
  }

  /// "Target: 80% (Ofsted expectation): Red, 25.0 points below; not met for 20 quarters."
  var targetSentence: String? {
    guard let target = assessment.target, let text = evidence("Target") else { return nil }
    guard target.status != .green, target.status != .none, target.periodsOffTarget > 0 else {
      return "Target: \(text)."
    }
    let n = target.periodsOffTarget
    return "Target: \(text); not met for \(n) \(n == 1 ? unitName.singular : unitName.plural)."
  }

  /// How the figure moved, in the sentence every output uses (`Movement.sentence`).
  var directionSentence: String? {
    assessment.direction.headlineMovement?.sentence
  }

  var spcSentence: String? {
    guard let spc = assessment.spc else { return nil }
    switch spc.reading {
    case .insufficientData:
      let points = spc.points.filter { $0.value != nil }.count
      return "SPC: \(points) points, too few for process limits (\(indicator.spc.minPoints) are "
        + "needed)."
    case .noVariation:
      return "SPC: No variation (every value in the baseline is the same)."
    case .ok:
      return "SPC: \(Words.spc(spc))."
    }
  }

  /// "Recent trend: Decreasing and getting better (last 5 years)."
  var trendSentence: String? {
    evidence("Recent trend").map { "Recent trend: \($0)." }
  }

  /// "England: 67.0%; significantly worse."
  var englandSentence: String? {
    guard let national = pack.national, let text = evidence(national.area.name) else {
      return nil
    }
    return "\(national.area.name): \(text)."
  }
}
