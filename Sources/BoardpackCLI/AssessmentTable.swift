import Analysis
import IndicatorModel
import Presentation

/// The assessment as a fixed-width table: one row per indicator, grouped by theme.
struct AssessmentTable {
  let pack: Pack
  let assessment: Assessment

  var text: String {
    var lines = [headline(pack: pack, assessment: assessment), ""]
    let header = ["", "Indicator", "Period", "Value", "Target", "Direction", "SPC", "England"]
    var rows: [[String]] = []
    var themeRows: [Int: String] = [:]
    let indicatorsByID = Dictionary(
      pack.indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    for theme in pack.themes {
      let members = assessment.indicators.filter { $0.theme == theme.id }
      if members.isEmpty { continue }
      themeRows[rows.count] = theme.title
      for item in members {
        guard let indicator = indicatorsByID[item.id] else { continue }
        rows.append(row(item, indicator: indicator))
      }
    }
    let widths = header.indices.map { column in
      ([header] + rows).map { $0[column].count }.max() ?? 0
    }
    func format(_ cells: [String]) -> String {
      zip(cells, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }
        .joined(separator: "  ").trimmingTrailingSpaces()
    }
    lines.append(format(header))
    for (index, cells) in rows.enumerated() {
      if let theme = themeRows[index] { lines.append(theme) }
      lines.append(format(cells))
    }
    lines.append("")
    lines.append("! = exception for the board (see `boardpack exceptions`)")
    return lines.joined(separator: "\n") + "\n"
  }

  private func row(_ item: IndicatorAssessment, indicator: Indicator) -> [String] {
    let latest = item.period.flatMap { period in
      item.series(area: pack.area.code).last { $0.period == period }
    }
    let england = pack.national.flatMap { national in
      item.benchmarks.last { $0.comparator == national.area.code && $0.period == item.period }
    }
    let englandText = england.map {
      "\(Words.comparison($0.comparison)) (\(indicator.measure.display($0.value)))"
    }
    return [
      item.exception ? "!" : "",
      String(item.title.prefix(48)) + (item.title.count > 48 ? "…" : ""),
      item.period?.shownLabel ?? "–",
      indicator.measure.display(latest?.value),
      Words.target(item.target?.status),
      Words.direction(item.direction.previousMovement),
      Words.spc(item.spc),
      englandText ?? "–",
    ]
  }
}

/// "Title — period" and the counts line shared by `assess` and `exceptions`.
func headline(pack: Pack, assessment: Assessment) -> String {
  let period = assessment.period
  let meeting = period.map { pack.meeting(for: $0) }
  let title = meeting?.title ?? pack.title
  let board = meeting?.board ?? pack.board
  return """
    \(title) — \(period?.label ?? "no period")
    \(board). \(Words.headline(assessment.summary))
    """
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
