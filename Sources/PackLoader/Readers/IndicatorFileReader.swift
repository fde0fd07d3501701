import IndicatorModel
import Yams

/// An indicator as read, with the nodes later checks point at.
struct IndicatorEntry {
  var indicator: Indicator
  /// The `spc.rebase` items, checked against the data once it is read.
  var rebaseNodes: [(period: Period, node: Node)] = []
  /// Where the definition starts (its `id`, or the top of the file).
  var node: Node
}

/// Reads `indicators/<id>.yaml` (design §4.2).
struct IndicatorFileReader {
  let context: YAMLContext
  /// The file name without `.yaml`, which the id must equal.
  let fileID: String
  /// The pack's themes; nil when pack.yaml could not be read, so themes are not checked.
  let themes: [Theme]?

  static let keys = [
    "id", "title", "theme", "description", "measure", "polarity", "periodicity", "target", "spc",
    "comparison", "owner", "lead", "source", "y_from_zero", "exceptions", "published",
  ]
  static let required = ["id", "title", "theme", "measure", "polarity", "periodicity"]
  static let measureKeys = ["type", "multiplier", "unit", "decimals", "ci", "counts_rounded_to"]
  static let targetKeys = ["value", "label", "amber", "by-period", "use_ci"]
  static let publishedKeys = ["lag_months", "releases"]
  static let spcKeys = [
    "chart", "profile", "rebase", "baseline", "screening", "min_points", "shift_length",
    "trend_length", "conflict",
  ]

  /// The indicator, or nil when a required part is missing or wrong (errors already logged).
  func read(_ root: Node?) -> IndicatorEntry? {
    guard let root else {
      context.log.error(
        "the indicator file is empty (it needs \(Self.required.joined(separator: ", ")))",
        at: SourceLocation(file: context.path))
      return nil
    }
    guard
      let map = MappingReader(
        root, context: context, keys: Self.keys, required: Self.required)
    else { return nil }
    let id = map.string("id")
    var validID = false
    if let id, let node = map.value("id") {
      if id != fileID {
        context.error(
          "id \(UserText.quoted(id)) does not match the file name (expected \(UserText.quoted(fileID)), or rename the file to \(UserText.shown(id)).yaml)",
          at: node)
      } else {
        validID = SlugCheck.check(id, node, kind: "id", context: context) {
          ", and rename the file to \($0).yaml"
        }
      }
    }
    let title = map.string("title")
    let theme = map.string("theme")
    let knownTheme = theme.map { theme in themes?.contains { $0.id == theme } ?? true } ?? false
    if let theme, let node = map.value("theme"), let themes, !knownTheme {
      context.error(
        "unknown theme \(UserText.quoted(theme))\(Suggestion.hint(for: theme, in: themes.map(\.id)))",
        at: node)
    }
    let measure = map.mapping(
      "measure", keys: Self.measureKeys, required: ["type"]
    ).flatMap(readMeasure)
    let (polarity, polarityIsSet) = readPolarity(map, id: fileID)
    let periodicity = map.choice("periodicity", Periodicity.self)
    var target: Target?
    var spc = SPCOptions()
    var rebaseNodes: [(Period, Node)] = []
    var published: Publication?
    if let periodicity {
      target = map.mapping("target", keys: Self.targetKeys, required: ["value"]).flatMap {
        readTarget($0, periodicity: periodicity)
      }
      if let spcMap = map.mapping("spc", keys: Self.spcKeys) {
        (spc, rebaseNodes) = readSPC(spcMap, periodicity: periodicity)
      }
      published = map.mapping("published", keys: Self.publishedKeys).map {
        readPublished($0, periodicity: periodicity)
      }
    }
    let comparison = map.choice("comparison", ComparisonMethod.self)
    let exceptions = map.list("exceptions")?.compactMap {
      ScalarParsing.choice($0, RuleID.self, name: "rule", context: context)
    }
    let yFromZero = map.bool("y_from_zero")
    guard let id, validID, let title, let theme, knownTheme,
      let measure, let polarity, let periodicity
    else { return nil }
    var indicator = Indicator(
      id: id, title: title, theme: theme, description: map.string("description", lines: .several),
      measure: measure, polarity: polarity, periodicity: periodicity, target: target, spc: spc,
      comparison: comparison ?? .ciOverlap95, owner: map.string("owner"),
      lead: map.string("lead"), source: map.string("source"), yFromZero: yFromZero,
      exceptions: exceptions, location: context.location(of: map.value("id") ?? root),
      polarityIsSet: polarityIsSet)
    indicator.published = published
    return IndicatorEntry(
      indicator: indicator, rebaseNodes: rebaseNodes, node: map.value("id") ?? root)
  }

  /// `polarity: unset` is the placeholder `boardpack import` writes for a new indicator: a
  /// warning, not an error, so the pack still builds, and the indicator is read as no-judgement
  /// (higher / lower, never better / worse) until the officer chooses.
  private func readPolarity(_ map: MappingReader, id: String) -> (Polarity?, Bool) {
    if let node = map.value("polarity"), node.text == Self.unsetPolarity {
      let choices = Polarity.allCases.map(\.rawValue).joined(separator: ", ")
      context.warning(
        "polarity is not set: choose one of \(choices) (until then \(id) is compared as higher or lower, never better or worse)",
        at: node)
      return (.noJudgement, false)
    }
    return (map.choice("polarity", Polarity.self), true)
  }

  /// The placeholder for a polarity the officer has still to choose.
  static let unsetPolarity = "unset"

  private func readMeasure(_ map: MappingReader) -> Measure? {
    guard let type = map.choice("type", MeasureType.self) else { return nil }
    var measure = Measure(type: type, multiplier: type == .proportion ? 100 : 1)
    if let multiplier = map.number("multiplier") {
      if multiplier > 0 {
        measure.multiplier = multiplier
      } else if let node = map.value("multiplier") {
        context.error("measure.multiplier must be greater than zero, not \(node.shownAs)", at: node)
      }
    }
    if let unit = map.string("unit") { measure.unit = unit }
    // More than 10 places is never meant, and would make display strings absurd.
    if let decimals = map.integer("decimals", in: 0...10) { measure.decimals = decimals }
    if let ci = map.choice("ci", CIMethod.self) { measure.ci = ci }
    if let rounding = map.integer("counts_rounded_to", in: 1...1_000_000) {
      measure.countsRoundedTo = rounding
    }
    return measure
  }

  private func readTarget(_ map: MappingReader, periodicity: Periodicity) -> Target? {
    guard let value = map.number("value") else { return nil }
    var target = Target(value: value, label: map.string("label"), amber: map.number("amber"))
    if let useCI = map.bool("use_ci") { target.useCI = useCI }
    for (period, valueNode) in periodEntries(
      map, "by-period", of: "targets", name: "target.by-period period", periodicity: periodicity)
    {
      if let number = ScalarParsing.number(
        valueNode, name: "target for \(period.label)", context: context)
      {
        target.byPeriod[period] = number
      }
    }
    return target
  }

  /// The entries of a mapping keyed by period labels (`target.by-period`, `published.releases`),
  /// each label read in the indicator's periodicity; a label that does not fit is an error and
  /// its entry left out.
  private func periodEntries(
    _ map: MappingReader, _ key: String, of what: String, name: String, periodicity: Periodicity
  ) -> [(Period, Node)] {
    guard let node = map.value(key) else { return [] }
    guard case .mapping(let mapping) = node else {
      map.wrongType(key, "a mapping of period labels to \(what)", node)
      return []
    }
    return mapping.compactMap { key, value in
      ScalarParsing.period(key, periodicity: periodicity, name: name, context: context).map {
        ($0, value)
      }
    }
  }

  /// `published: { lag_months: 14, releases: { "2012": 2014-02-25 } }`.
  private func readPublished(_ map: MappingReader, periodicity: Periodicity) -> Publication {
    // Five years covers every publisher's lag; more is a typing mistake.
    var published = Publication(lagMonths: map.integer("lag_months", in: 0...60))
    for (period, value) in periodEntries(
      map, "releases", of: "release dates", name: "published.releases period",
      periodicity: periodicity)
    {
      guard let date = ScalarParsing.date(value, name: "release date", context: context) else {
        continue
      }
      if date < period.end {
        context.error(
          "release date \(date) for \(period.label) is before the period ends (\(period.end))",
          at: value)
      }
      published.releases[period] = date
    }
    return published
  }

  private func readSPC(
    _ map: MappingReader, periodicity: Periodicity
  ) -> (SPCOptions, [(Period, Node)]) {
    var spc = SPCOptions()
    if let chart = map.choice("chart", SPCChart.self) { spc.chart = chart }
    if let profile = map.choice("profile", SPCProfile.self) { spc.profile = profile }
    var rebase: [(Period, Node)] = []
    for item in map.list("rebase") ?? [] {
      if let period = ScalarParsing.period(
        item, periodicity: periodicity, name: "spc.rebase period", context: context)
      {
        rebase.append((period, item))
      }
    }
    spc.rebase = rebase.map(\.0)
    // Fewer than 12 points gives limits too unstable to freeze (methods.md §6).
    spc.baseline = map.integer("baseline", in: 12...Int.max)
    spc.screening = map.bool("screening")
    if let minPoints = map.integer("min_points", in: 1...Int.max) { spc.minPoints = minPoints }
    if let shift = map.integer("shift_length", in: 6...8) { spc.shiftLength = shift }
    if let trend = map.integer("trend_length", in: 6...8) { spc.trendLength = trend }
    if let conflict = map.choice("conflict", SPCConflict.self) { spc.conflict = conflict }
    warnIneffective(map, spc: spc)
    return (spc, rebase)
  }

  /// An option the chosen chart or profile never reads is a warning, so an officer who sets it
  /// is not misled into thinking it changed the reading.
  private func warnIneffective(_ map: MappingReader, spc: SPCOptions) {
    if let node = map.value("screening"), spc.chart == .p || spc.chart == .u {
      context.warning(
        "spc.screening has no effect on a \(spc.chart.rawValue) chart: screening drops large moving ranges, which only xmr, p-prime and u-prime charts have",
        at: node)
    }
    if let node = map.value("conflict"), spc.profile == .ptd {
      context.warning(
        "spc.conflict has no effect with profile ptd: there the strongest rule decides a point's reading (outside, then trend, then two-of-three, then shift)",
        at: node)
    }
  }
}
