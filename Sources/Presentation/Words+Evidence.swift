import Analysis
import IndicatorModel

/// One reading an exception is weighed by: what it is ("England") and what it says ("67.0%;
/// significantly worse").
public struct Evidence: Hashable, Sendable {
  public var label: String
  public var text: String

  public init(label: String, text: String) {
    self.label = label
    self.text = text
  }
}

extension Words {
  /// The readings beside an exception's reasons, in every output that shows the exception: the
  /// latest figure, the target and the gap, how the figure moved, the SPC reading, each
  /// comparator area's figure with the comparison, and the place in each comparator group.
  /// A reading the pack cannot make says why ("not compared: no interval").
  public static func evidence(_ item: IndicatorAssessment, indicator: Indicator, pack: Pack)
    -> [Evidence]
  {
    let measure = indicator.measure
    let latest = item.period.flatMap { period in
      item.series(area: pack.area.code).last { $0.period == period }
    }
    var rows = [
      Evidence(
        label: item.nextRelease == nil ? "Latest" : "Latest published",
        text: latestText(item, latest, measure))
    ]
    if let target = item.target {
      rows.append(Evidence(label: "Target", text: targetText(target, indicator)))
    }
    if let movement = item.direction.headlineMovement {
      rows.append(
        Evidence(
          label: "Direction", text: "\(movement.sign) since \(movement.from.shownLabel)"))
    }
    if let spc = item.spc { rows.append(Evidence(label: "SPC", text: Words.spc(spc))) }
    if let trend = item.trend, trend.result != .cannotBeCalculated {
      let unit = indicator.periodicity.unitName
      let span = "\(trend.points) \(trend.points == 1 ? unit.singular : unit.plural)"
      rows.append(
        Evidence(label: "Recent trend", text: "\(Words.trend(trend.result)) (last \(span))"))
    }
    rows += benchmarkRows(item, latest, measure, pack)
    rows += groupRows(item, measure, pack)
    return rows
  }

  /// "55.0% (2013/14 Q4; 95% interval 54.0% to 56.0%)", and when the next figure is not out
  /// yet "26.1 per 1,000 (2012; 2013 due February 2015)".
  static func latestText(
    _ item: IndicatorAssessment, _ latest: ObservationAssessment?, _ measure: Measure
  ) -> String {
    let due = item.nextRelease.map { Words.due($0) }
    guard let period = item.period, let value = latest?.value else {
      return due.map { "No figure (\($0))" } ?? "No figure"
    }
    var text = "\(measure.display(value)) (\(period.shownLabel)"
    if let lower = latest?.ci?.lower, let upper = latest?.ci?.upper {
      text += "; 95% interval \(measure.display(lower)) to \(measure.display(upper))"
    }
    if let due { text += "; \(due)" }
    return text + ")"
  }

  /// "2013 due February 2015".
  public static func due(_ release: Release) -> String {
    "\(release.period.shownLabel) due \(release.due.monthInWords)"
  }

  /// The rules whose sentences the readings already give (each comparator, each group, the
  /// recent trend): a list that shows the readings leaves these flags out. `not-compared` stays,
  /// since its sentence says why no comparison could be made.
  public static let rulesInEvidence: Set<RuleID> = [
    .worseThanEngland, .betterThanEngland, .worseThanComparator, .betterThanComparator,
    .bottomQuartile, .groupRank, .trendGettingWorse, .trendGettingBetter,
  ]

  /// "80% (Ofsted expectation): Red, 25.0 points below".
  static func targetText(_ target: TargetAssessment, _ indicator: Indicator) -> String {
    let shown = Words.target(target, of: indicator)
    guard target.status != .none else { return shown }
    var text = "\(shown): \(targetLabel(target.status))"
    if let gap = target.gap {
      text +=
        gap == 0
        ? ", exactly on it"
        : ", \(indicator.measure.displayDifference(gap)) \(gap < 0 ? "below" : "above")"
    }
    return text
  }

  /// Each comparator area at the reporting period: "67.0%; significantly worse", or
  /// "0.10%; not compared: no interval".
  static func benchmarkRows(
    _ item: IndicatorAssessment, _ latest: ObservationAssessment?, _ measure: Measure,
    _ pack: Pack
  ) -> [Evidence] {
    pack.comparators.compactMap { comparator in
      guard
        let reading = item.benchmarks.last(where: {
          $0.comparator == comparator.area.code && $0.period == item.period
        })
      else { return nil }
      // A comparator with no figure for the period adds nothing a board member can weigh.
      guard let value = reading.value else { return nil }
      let words =
        reading.comparison == .notCompared
        ? "not compared: " + notComparedWords(reading.reason)
        : comparisonWords(reading.comparison)
      return Evidence(label: comparator.area.name, text: "\(measure.display(value)); \(words)")
    }
  }

  /// The recent trend as Fingertips labels it: "Decreasing and getting better".
  public static func trend(_ result: TrendResult) -> String {
    switch result {
    case .increasingGettingBetter: "Increasing and getting better"
    case .increasingGettingWorse: "Increasing and getting worse"
    case .decreasingGettingBetter: "Decreasing and getting better"
    case .decreasingGettingWorse: "Decreasing and getting worse"
    case .increasing: "Increasing"
    case .decreasing: "Decreasing"
    case .noSignificantChange: "No significant change"
    case .cannotBeCalculated: "Cannot be calculated"
    }
  }

  /// Why a comparison was not made, in a few words: "no interval".
  static func notComparedWords(_ reason: NotComparedReason?) -> String {
    switch reason {
    case .noComparatorFigure?: "no figure"
    case .noAreaFigure?: "no figure for the area"
    case .noInterval?, nil: "no interval"
    }
  }

  /// "significantly worse", "similar": the comparison in a cell that names the comparator.
  static func comparisonWords(_ comparison: BenchmarkComparison) -> String {
    switch comparison {
    case .similar: "similar"
    case .better, .better998: "significantly better"
    case .worse, .worse998: "significantly worse"
    case .higher, .higher998: "significantly higher"
    case .lower, .lower998: "significantly lower"
    case .notCompared: "not compared"
    }
  }

  /// Each comparator group: "10th of 11 (bottom quartile; group mean 0.06%)".
  static func groupRows(_ item: IndicatorAssessment, _ measure: Measure, _ pack: Pack)
    -> [Evidence]
  {
    pack.groups.compactMap { group in
      guard let standing = item.groups.first(where: { $0.group == group.id })?.standing,
        let rank = standing.rank
      else { return nil }
      var notes = standing.quartile == 4 ? ["bottom quartile"] : []
      if let mean = standing.mean { notes.append("group mean \(measure.display(mean))") }
      let detail = notes.isEmpty ? "" : " (\(notes.joined(separator: "; ")))"
      return Evidence(label: group.name, text: "\(ordinal(rank)) of \(standing.of)\(detail)")
    }
  }
}
