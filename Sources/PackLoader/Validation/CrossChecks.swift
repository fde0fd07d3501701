import IndicatorModel

/// Checks that span files, once everything is read: an empty pack, rebase periods with no data,
/// indicators with no data, themes with no indicators.
struct CrossChecks {
  let log: DiagnosticLog
  let packFile: String

  func run(
    header: PackHeader?, indicators: [IndicatorEntry], declaredThemes: Set<String>,
    anyIndicatorFiles: Bool, observations: [Observation]
  ) {
    // A warning, so that `boardpack import` can start a pack from nothing; a build refuses.
    if !anyIndicatorFiles {
      log.warning(
        "the pack has no indicators yet (add a definition file to the indicators folder, or bring one in with `boardpack import`)",
        at: SourceLocation(file: packFile))
    }
    var periodsByIndicator: [String: Set<Period>] = [:]
    for observation in observations where header == nil || observation.area == header?.area.code {
      periodsByIndicator[observation.indicator, default: []].insert(observation.period)
    }
    let withData = Set(observations.map(\.indicator))
    let context = { (entry: IndicatorEntry) in
      YAMLContext(path: entry.indicator.location?.file ?? packFile, log: log)
    }
    for entry in indicators {
      let id = entry.indicator.id
      if !withData.contains(id) {
        context(entry).warning("indicator \(id) has no data rows", at: entry.node)
        continue
      }
      let periods = periodsByIndicator[id] ?? []
      for (period, node) in entry.rebaseNodes where !periods.contains(period) {
        let whose = header.map { " for \($0.area.name)" } ?? ""
        context(entry).error(
          "spc.rebase period \"\(period.label)\" is not in the data of \(id)\(whose)", at: node)
      }
    }
    if let header, anyIndicatorFiles {
      let pack = YAMLContext(path: packFile, log: log)
      for theme in header.themes where !declaredThemes.contains(theme.id) {
        if let node = header.themeNodes[theme.id] {
          pack.warning("theme \"\(theme.id)\" has no indicators", at: node)
        }
      }
    }
  }
}
