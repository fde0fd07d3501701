import Analysis
import IndicatorModel

extension CompareChart {
  /// The comparison at the indicator's reporting period: the pack's area, each comparator area
  /// with a figure (England, the region, named areas such as Leeds), each comparator group's
  /// mean, and every member of a group that has data for this indicator, with 95% intervals
  /// where the data has them, best first by polarity (largest first for no-judgement).
  public init(indicator: Indicator, assessment: IndicatorAssessment, pack: Pack) {
    let timeline = AssessmentTimeline(assessment, area: pack.area.code)
    let period = assessment.period ?? timeline.periods.last
    func bar(_ area: Area, role: Role) -> Bar {
      let observation = period.flatMap { timeline.observation(of: area.code, at: $0) }
      return Bar(
        name: area.name, role: role, value: observation?.value, lower: observation?.ci?.lower,
        upper: observation?.ci?.upper)
    }
    var bars = [bar(pack.area, role: .area)]
    for comparator in pack.comparators {
      let role: Role =
        switch comparator.role {
        case .national: .national
        case .region: .region
        case .named: .named
        }
      let candidate = bar(comparator.area, role: role)
      if candidate.value != nil { bars.append(candidate) }
    }
    var notes: [String] = []
    for group in pack.groups {
      let members = group.members.map { bar($0, role: .neighbour) }
      // A group with no figures at all (local data) would only add rows of dashes.
      guard members.contains(where: { $0.value != nil }) else { continue }
      let standing = assessment.groups.first { $0.group == group.id }?.standing
      if let mean = standing?.mean {
        bars.append(Bar(name: "\(group.name) (mean)", role: .groupMean, value: mean))
      }
      bars += members
      if let standing, let rank = standing.rank {
        notes.append(
          "\(pack.area.name) ranks \(rank) of \(standing.of) among \(group.name.lowercased()) "
            + "and itself (1 = \(indicator.polarity == .lowerIsBetter ? "lowest" : "highest"))"
            + (standing.quartile.map { ", quartile \($0) of 4 (1 = best)" } ?? "") + ".")
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
    self.init(
      title: indicator.title, periodLabel: period?.label ?? "no period",
      valueAxisTitle: ChartWording.valueAxisTitle(indicator.measure),
      format: ValueFormat(indicator.measure), bars: bars,
      order: indicator.polarity == .lowerIsBetter ? .ascending : .descending, notes: notes,
      reading: [reading.targetSentence, reading.englandSentence].compactMap { $0 }
        .joined(separator: " "))
  }
}
