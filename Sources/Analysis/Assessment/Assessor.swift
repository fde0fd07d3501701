import IndicatorModel

/// The rules engine's entry point: a loaded pack in, an `Assessment` out. No I/O.
public enum Assessor {
  /// Assesses every indicator of a pack at a reporting period.
  ///
  /// - Parameters:
  ///   - period: the pack's reporting period; nil means pack.yaml's, else the latest in the data.
  ///   - generatorVersion: written into the assessment's `generator`.
  ///   - rules: the rule table; the standard one unless a test or a pack wants another.
  public static func assess(
    _ pack: Pack, period: Period? = nil, generatorVersion: String,
    rules: [Rule] = Rule.standard
  ) -> Assessment {
    let packPeriod = pack.reportingPeriod(period)
    // Group once: every later look-up is by indicator, then by area.
    let byIndicator = Dictionary(grouping: pack.observations, by: \.indicator)
    let themeOrder = Dictionary(
      pack.themes.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
    let ordered = pack.indicators.enumerated().sorted { a, b in
      let ta = themeOrder[a.element.theme] ?? Int.max
      let tb = themeOrder[b.element.theme] ?? Int.max
      return ta != tb ? ta < tb : a.offset < b.offset
    }
    let carried = packPeriod.map { ActionLedger.carried(in: pack, at: $0) } ?? []
    let context = AssessmentContext(
      pack: pack, packPeriod: packPeriod, rules: rules,
      carried: Dictionary(grouping: carried, by: \.indicator))
    let indicators = ordered.map { _, indicator in
      context.assess(indicator, observations: byIndicator[indicator.id] ?? [])
    }
    let summary = AssessmentSummary(counting: indicators)
    return Assessment(
      generatorVersion: generatorVersion, packID: pack.id, packTitle: pack.title,
      area: pack.area.code, period: packPeriod, summary: summary, indicators: indicators)
  }
}
