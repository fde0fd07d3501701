import Analysis
import IndicatorModel
import Presentation

extension CompareChart {
  /// The comparison at the indicator's reporting period: the pack's area (always, with or
  /// without a figure), each comparator area with a figure (England, the region, named areas
  /// such as Leeds), each comparator group's mean, and every member of a group that has data
  /// for this indicator, with 95% intervals where the data has them, best first by polarity
  /// (largest first for no-judgement). Each area's bar carries its comparison with England from
  /// the assessment (`area_comparisons`); values show as many decimals as it takes to tell
  /// them apart (`Measure.distinctDecimals`).
  public init(indicator: Indicator, assessment: IndicatorAssessment, pack: Pack) {
    let timeline = AssessmentTimeline(assessment, area: pack.area.code)
    let period = assessment.period ?? timeline.periods.last
    let national = pack.national
    func bar(_ area: Area, role: Role) -> Bar {
      let observation = period.flatMap { timeline.observation(of: area.code, at: $0) }
      let compared = national != nil && area.code != national?.area.code
      return Bar(
        name: area.name, role: role, value: observation?.value, lower: observation?.ci?.lower,
        upper: observation?.ci?.upper,
        comparison: compared
          ? assessment.comparison(ofArea: area.code)?.comparison ?? .notCompared : nil)
    }
    var bars = [bar(pack.area, role: .area)]
    for comparator in pack.comparators where comparator.area.code != pack.area.code {
      let candidate = bar(comparator.area, role: Self.role(comparator.role))
      if candidate.value != nil { bars.append(candidate) }
    }
    var notes: [String] = []
    for group in pack.groups {
      let members = group.members.filter { $0.code != pack.area.code }
        .map { bar($0, role: .neighbour) }
      // A group with no figures at all (local data) would only add rows of dashes.
      guard members.contains(where: { $0.value != nil }) else { continue }
      let standing = assessment.groups.first { $0.group == group.id }?.standing
      if let mean = standing?.mean {
        bars.append(Bar(name: "\(group.name) (mean)", role: .groupMean, value: mean))
      }
      bars += members
      if let standing,
        let sentence = Words.groupRank(
          area: pack.area.name, group: group.name, standing: standing,
          polarity: indicator.polarity)
      {
        notes.append(sentence)
      }
    }
    let missing = bars.filter { $0.value == nil }.map(\.name)
    if !missing.isEmpty {
      notes.append("No figure for \(ChartWording.list(missing)).")
    }
    if let source = indicator.source, !source.isEmpty {
      notes.append("Source: " + source + (source.hasSuffix(".") ? "" : "."))
    }
    let reading = ChartReading(indicator: indicator, assessment: assessment, pack: pack)
    var format = ValueFormat(indicator.measure)
    // Decided by the areas' figures: a group mean is not a published figure, and a mean a
    // hair from England's would add a place to every label.
    format.decimals = indicator.measure.distinctDecimals(
      bars.filter { $0.role != .groupMean }.compactMap(\.value))
    self.init(
      title: indicator.title, periodLabel: period?.label ?? "no period",
      valueAxisTitle: ChartWording.valueAxisTitle(indicator.measure), format: format,
      bars: bars, order: indicator.polarity == .lowerIsBetter ? .ascending : .descending,
      notes: notes,
      reading: [reading.targetSentence, reading.englandSentence].compactMap { $0 }
        .joined(separator: " "),
      comparedWith: national?.area.name ?? "England",
      legendComparisons: national == nil ? [] : Words.comparisonLegend(indicator.polarity))
  }

  /// The bar's role for a comparator area's role in the pack.
  static func role(_ role: ComparatorRole) -> Role {
    switch role {
    case .national: .national
    case .region: .region
    case .named: .named
    }
  }
}
