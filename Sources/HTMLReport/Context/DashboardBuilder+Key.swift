import Analysis
import IndicatorModel
import Presentation

extension DashboardBuilder {
  /// The key: every colour, icon and rule on the page, in words — the ones this pack uses.
  func keyContext() -> KeyContext {
    let statuses: [(TargetStatus, String)] = [
      (
        .red,
        "the figure misses its target and is beyond the amber threshold (or misses a "
          + "target that has no amber threshold)."
      ),
      (.amber, "the figure misses its target but is within the amber threshold."),
      (.green, "the figure meets or beats its target."),
      (.none, "the measure has no target, or no figure for the period."),
    ]
    let variations: [(VariationIcon, String)] = [
      (.commonCause, "the points vary within the process limits: no sign of real change."),
      (
        .improvementHigh,
        "special cause improvement: the latest points are unusually high, and "
          + "high is good."
      ),
      (
        .improvementLow,
        "special cause improvement: the latest points are unusually low, and "
          + "low is good."
      ),
      (
        .concernHigh,
        "special cause concern: the latest points are unusually high, and high is "
          + "bad."
      ),
      (
        .concernLow,
        "special cause concern: the latest points are unusually low, and low is "
          + "bad."
      ),
      (.neitherHigh, "special cause, unusually high, on a measure with no better direction."),
      (.neitherLow, "special cause, unusually low, on a measure with no better direction."),
    ]
    let assurances: [(AssuranceIcon, String)] = [
      (
        .pass,
        "the target lies beyond the process limits on the good side: it will be met "
          + "consistently unless the process changes."
      ),
      (
        .fail,
        "the target lies beyond the process limits on the bad side: it will be missed "
          + "consistently unless the process changes."
      ),
      (
        .hitOrMiss,
        "the target lies within the process limits: it will be met some periods "
          + "and missed others."
      ),
    ]
    let streak = pack.rules.worseningStreak
    return KeyContext(
      targetRule: "Each measure's latest figure is compared with the target in force for the "
        + "period. Where a measure sets an amber threshold, a figure between the threshold and "
        + "the target is amber; a figure on the target counts as met and a figure on the "
        + "threshold as amber. Which side is good follows the measure's polarity.",
      statuses: statuses.map { status, meaning in
        KeyStatus(
          status: status.rawValue, letter: Words.targetLetter(status),
          label: Words.targetLabel(status), meaning: meaning)
      },
      directionRule: Words.directionRule,
      directions: Words.movementKey.map { way, meaning, text in
        KeyIcon(
          icon: sprite.use(.movement(way, meaning)), words: meaning.rawValue, meaning: text)
      },
      spcIntroduction: "Statistical process control (SPC), in the NHS Making Data Count "
        + "style, separates real change from the ordinary ups and downs of a measure. On an "
        + "individuals (XmR) chart the process limits are the mean plus or minus 2.66 times the "
        + "average moving range; on p and u charts, three standard errors either side. The "
        + "icons are our own drawings in the Making Data Count style, each with its words.",
      variations: variations.map { icon, meaning in
        KeyIcon(icon: sprite.use(.variation(icon)), words: icon.caption, meaning: meaning)
      },
      assurances: assurances.map { icon, meaning in
        KeyIcon(icon: sprite.use(.assurance(icon)), words: icon.caption, meaning: meaning)
      },
      spcRules: spcRules(),
      comparisons: comparisons(),
      exceptionRules: pack.rules.exceptions.map { Words.rule($0, worseningStreak: streak) } + [
        "An indicator's own definition may name other rules; an exception's reasons list the "
          + "rules that made it one."
      ])
  }

  /// The special-cause rules with the settings the pack's indicators actually use.
  func spcRules() -> [String] {
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
      rules.append("Where a measure was rebased, limits restart at the rebased period.")
    }
    return rules
  }

  /// How benchmarks are compared, for the comparison methods the pack uses.
  func comparisons() -> [String] {
    var lines: [String] = []
    let methods = Set(pack.indicators.map(\.comparison))
    if methods.contains(.ciOverlap95) || methods.contains(.twoLevel) {
      lines.append(
        "Better, similar or worse than a comparator: the area's 95% confidence interval is "
          + "compared with the comparator's figure. If the interval includes it, the two are "
          + "similar.")
    }
    if methods.contains(.ciOverlap998) || methods.contains(.twoLevel) {
      lines.append(
        "“(99.8%)” marks a difference that also holds at the stricter 99.8% level.")
    }
    if let group = pack.groups.first {
      lines.append(
        "Rank among \(group.name.lowercased()): 1 is the best by the measure's polarity; the "
          + "quartile is 1 (best) to 4 (worst). There is no significance test against a group.")
    }
    return lines
  }
}
