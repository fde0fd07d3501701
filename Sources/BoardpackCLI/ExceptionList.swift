import Analysis
import IndicatorModel
import Presentation

/// The exceptions, most severe first, each with every reason the engine gave.
struct ExceptionList {
  let pack: Pack
  let assessment: Assessment

  var text: String {
    var lines = [headline(pack: pack, assessment: assessment), ""]
    let exceptions = assessment.exceptions
    if exceptions.isEmpty {
      lines.append("No exceptions: no measure needs the board's attention this period.")
    }
    for (number, item) in exceptions.enumerated() {
      let severity = item.exceptionSeverity?.rawValue.uppercased() ?? ""
      lines.append("\(number + 1). [\(severity)] \(item.title) (\(item.period?.shownLabel ?? "–"))")
      let reasons = Words.reasons(item)
      for reason in reasons {
        lines.append("   - \(reason.text)")
      }
      guard let indicator = pack.indicators.first(where: { $0.id == item.id }) else { continue }
      // The readings, as the dashboard's exception card and the PDF's exception table give them.
      lines.append("   Readings:")
      for row in Words.evidence(item, indicator: indicator, pack: pack) {
        lines.append("     \(row.label): \(row.text)")
      }
      for finding in Words.findings(item)
      where !reasons.contains(finding) && finding.rule.map(Words.rulesInEvidence.contains) != true {
        lines.append("   · \(finding.text)")
      }
      if let owner = Words.owner(indicator) {
        lines.append("   Owner: \(owner)")
      }
      lines += commentary(for: indicator)
      lines.append("")
    }
    let carried = Words.carriedActions(assessment)
    if !carried.isEmpty {
      if exceptions.isEmpty { lines.append("") }
      lines.append("Actions from earlier meetings")
      lines.append(Words.carriedActionsIntro(carried))
      let titles = Dictionary(
        assessment.indicators.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
      for action in carried {
        lines.append(
          "- [\(Words.actionState(action.state))] \(action.action.action) (\(action.action.owner); "
            + "\(titles[action.indicator] ?? action.indicator); raised \(action.raised.label), due "
            + "\(Words.date(action.due)))")
      }
      lines.append("")
    }
    return lines.joined(separator: "\n") + (exceptions.isEmpty && carried.isEmpty ? "\n" : "")
  }

  /// Who wrote the commentary for this meeting, and its actions (owner, action, due).
  func commentary(for indicator: Indicator) -> [String] {
    guard let period = assessment.period, let entry = pack.commentary[period]?[indicator.id]
    else { return ["   Commentary: none for this period."] }
    var lines = [
      entry.hasText
        ? "   Commentary " + (entry.author.map { "from \($0)." } ?? "given, no author named.")
        : "   Commentary: none for this period."
    ]
    for action in assessment.actionsRaised(for: indicator.id, in: pack) {
      // As the partner's email writes an action.
      let due = action.due.map { ", due \(Words.date($0))" } ?? ""
      lines.append("   Action: \(action.action) (\(action.owner)\(due))")
    }
    return lines
  }
}
