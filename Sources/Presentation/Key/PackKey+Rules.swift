import Analysis
import IndicatorModel

extension PackKey {
  /// The special-cause rules with the settings the pack's indicators actually use.
  static func spcRules(_ pack: Pack) -> [String] {
    let options = pack.indicators.map(\.spc)
    func values(_ numbers: [Int]) -> String {
      Set(numbers).sorted().map(String.init).joined(separator: " or ")
    }
    var rules = [
      "A point outside the process limits.",
      "A shift: \(values(options.map(\.shiftLength))) or more points in a row on one side of "
        + "the mean.",
      "A trend: \(values(options.map(\.trendLength))) or more points in a row each rising, or "
        + "each falling.",
      "Two out of three points in a row close to a process limit (beyond two thirds of the way "
        + "from the mean), on the same side.",
      "Limits are drawn only with \(values(options.map(\.minPoints))) points or more; with "
        + "fewer, the SPC reading is \"too few points\" and direction of travel is used instead.",
    ]
    let charts = Set(options.map(\.chart.rawValue)).sorted()
    rules.append("Charts used: \(charts.joined(separator: ", ")) (xmr = individuals chart).")
    if options.contains(where: { !$0.rebase.isEmpty }) {
      rules.append("Where an indicator was rebased, limits restart at the rebased period.")
    }
    return rules
  }

  /// How benchmarks are compared, for the comparison methods the pack uses.
  static func comparisonMethods(_ pack: Pack) -> [String] {
    var lines: [String] = []
    let methods = Set(pack.indicators.map(\.comparison))
    if methods.contains(.ciOverlap95) || methods.contains(.twoLevel) {
      lines.append(
        "Better, similar or worse than a comparator: the area's 95% confidence interval is "
          + "compared with the comparator's figure. If the interval includes it, the two are "
          + "similar.")
    }
    if methods.contains(.ciOverlap998) || methods.contains(.twoLevel) {
      lines.append("“(99.8%)” marks a difference that also holds at the stricter 99.8% level.")
    }
    if let group = pack.groups.first {
      lines.append(
        "Rank among \(group.name): 1 is the best by the indicator's polarity; the quartile is "
          + "1 (best) to 4 (worst). There is no significance test against a group.")
    }
    return lines
  }

  /// The pack's exception rules, then each indicator that has its own list, with its rules:
  /// every rule that can make an exception in this pack and period is in the key.
  static func exceptionRules(_ pack: Pack, assessment: Assessment) -> [String] {
    let streak = pack.rules.worseningStreak
    var lines = pack.rules.exceptions.map { Words.rule($0, worseningStreak: streak) }
    let assessed = Set(assessment.indicators.map(\.id))
    for indicator in pack.indicators where assessed.contains(indicator.id) {
      guard let own = indicator.exceptions, own != pack.rules.exceptions else { continue }
      let rules = own.map { Words.rule($0, worseningStreak: streak) }.joined(separator: " ")
      lines.append("For \(indicator.title), its own rules instead: \(rules)")
    }
    return lines
  }
}
