import Analysis
import Charts
import IndicatorModel
import Presentation

extension DashboardBuilder {
  /// One indicator's fields for its tile, scorecard row and section.
  func indicatorContext(
    _ indicator: Indicator, _ assessed: IndicatorAssessment, _ drawn: IndicatorCharts
  ) -> IndicatorContext {
    let measure = indicator.measure
    let latest = assessed.period.flatMap { period in
      assessed.series(area: pack.area.code).first { $0.period == period }
    }
    let interval = latest?.ci.flatMap { ci -> String? in
      guard let lower = ci.lower, let upper = ci.upper else { return nil }
      return "\(measure.display(lower)) to \(measure.display(upper))"
    }
    let status = assessed.target?.status
    // Commentary belongs to the pack's reporting period (the meeting), not to the indicator's own
    // latest period: an academic year 2012/13 is discussed at the 2013/14 Q4 meeting.
    let commentary = pack.commentary[period]?[indicator.id]
    let actions = assessment.actionsRaised(for: indicator.id, in: pack).map {
      ActionContext(
        owner: $0.owner, action: $0.action, due: $0.due.map(Self.words) ?? "not set")
    }
    // The sentence said in the charts' place is not repeated among the findings.
    let flags = Words.findings(assessed).filter { $0.text != drawn.noFigures }.map(Self.flag)
    let charts = chartContexts(indicator, drawn)
    return IndicatorContext(
      id: indicator.id, title: indicator.title,
      theme: pack.themes.first { $0.id == indicator.theme }?.title ?? indicator.theme,
      exception: assessed.exception,
      rag: RAGContext(
        status: (status ?? TargetStatus.none).rawValue, letter: Words.targetLetter(status),
        label: Words.targetLabel(status)),
      latest: LatestContext(
        period: assessed.period?.shownLabel ?? "–", value: measure.display(latest?.value),
        interval: interval),
      target: assessed.target.map { target in
        TargetContext(
          label: targetLabel(indicator.target), value: measure.displayTarget(target.value),
          amber: target.amber.map { measure.display($0) })
      },
      direction: directionContext(indicator, assessed),
      spc: spcContext(assessed),
      national: nationalContext(indicator, assessed),
      group: groupContext(indicator, assessed),
      sparkline: sparkline(indicator, drawn),
      charts: charts, noFigures: drawn.noFigures, flags: flags, hasFlags: !flags.isEmpty,
      commentary: commentary.flatMap {
        $0.hasText
          ? CommentaryContext(author: $0.author, html: CommentaryMarkdown.html(from: $0.text))
          : nil
      },
      actions: actions, hasActions: !actions.isEmpty,
      definition: definition(indicator))
  }

  /// "Target (Ofsted expectation)", or "Target".
  func targetLabel(_ target: Target?) -> String {
    guard let label = target?.label, !label.isEmpty else { return "Target" }
    return label.lowercased().contains("target") ? label : "Target (\(label))"
  }

  func directionContext(_ indicator: Indicator, _ assessed: IndicatorAssessment)
    -> DirectionContext
  {
    func reading(_ movement: Movement?) -> DirectionReading? {
      movement.map {
        DirectionReading(
          words: $0.meaning.rawValue, sentence: $0.sentence,
          icon: sprite.use(.movement($0.way, $0.meaning)))
      }
    }
    let annual = indicator.periodicity.isAnnual
    return DirectionContext(
      previous: reading(assessed.direction.previousMovement),
      yearAgo: annual ? nil : reading(assessed.direction.yearAgoMovement),
      unit: indicator.periodicity.unitName.singular)
  }

  func spcContext(_ assessed: IndicatorAssessment) -> SPCContext {
    let spc = assessed.spc
    let showsIcons = spc?.reading == .ok
    return SPCContext(
      words: Words.spc(spc),
      variation: showsIcons
        ? spc?.variation.map { IconReading(words: $0.caption, icon: sprite.use(.variation($0))) }
        : nil,
      assurance: showsIcons
        ? spc?.assurance.map { IconReading(words: $0.caption, icon: sprite.use(.assurance($0))) }
        : nil)
  }

  func nationalContext(_ indicator: Indicator, _ assessed: IndicatorAssessment)
    -> NationalContext?
  {
    guard let national = pack.national,
      let benchmark = assessed.benchmarks.first(where: {
        $0.comparator == national.area.code && $0.period == assessed.period
      }), benchmark.value != nil
    else { return nil }
    return NationalContext(
      name: national.area.name, value: indicator.measure.display(benchmark.value),
      words: Words.comparison(benchmark.comparison, with: national.area.name))
  }

  func groupContext(_ indicator: Indicator, _ assessed: IndicatorAssessment) -> GroupContext? {
    guard let group = pack.groups.first,
      let standing = assessed.groups.first(where: { $0.group == group.id })?.standing,
      standing.rank != nil || standing.mean != nil
    else { return nil }
    var words: [String] = []
    if let mean = standing.mean { words.append("mean \(indicator.measure.display(mean))") }
    if let quartile = standing.quartile { words.append("quartile \(quartile) of 4 (1 = best)") }
    return GroupContext(
      name: group.name, rank: standing.rank.map { "\($0) of \(standing.of)" } ?? "–",
      words: words.joined(separator: "; "))
  }

  func definition(_ indicator: Indicator) -> [DefinitionItem] {
    let measure = indicator.measure
    var items: [DefinitionItem] = []
    if let description = indicator.description, !description.isEmpty {
      items.append(DefinitionItem(term: "What it measures", detail: description))
    }
    var measureWords = measure.type.rawValue.capitalized
    if !measure.unit.isEmpty { measureWords += " (\(measure.unit))" }
    measureWords += ", \(measure.decimals) decimal place\(measure.decimals == 1 ? "" : "s")"
    if measure.ci != .none { measureWords += "; 95% intervals by \(measure.ci.rawValue)" }
    items.append(DefinitionItem(term: "Measure", detail: measureWords))
    items.append(DefinitionItem(term: "Polarity", detail: Words.polarity(indicator.polarity)))
    items.append(
      DefinitionItem(term: "Reported", detail: "By \(indicator.periodicity.unitName.singular)"))
    if let target = indicator.target {
      var words = Words.target(target.value, label: target.label, measure: measure)
      if let amber = target.amber { words += "; amber threshold \(measure.display(amber))" }
      items.append(DefinitionItem(term: "Target", detail: words))
    }
    if let owner = indicator.owner { items.append(DefinitionItem(term: "Owner", detail: owner)) }
    if let lead = indicator.lead { items.append(DefinitionItem(term: "Lead", detail: lead)) }
    if let source = indicator.source {
      items.append(DefinitionItem(term: "Source", detail: source))
    }
    return items
  }
}
