import Analysis
import IndicatorModel
import Presentation

extension ReportContent {
  /// "What changed since the last pack" (`Words.changes`): what the pack is compared with, any
  /// note, then each group of changes as a list, each line opening with its indicator. `only`
  /// keeps a partner's indicators; each list shows at most `limit` lines on paper, then says
  /// how many more there are.
  func changes(only: Set<String>? = nil, limit: Int) -> [Block] {
    let report = Words.changes(
      assessment.changes ?? PackChanges(), assessment: assessment, pack: pack, only: only,
      limit: limit)
    var blocks: [Block] = [
      .heading(
        ChangeReport.heading, level: 0,
        anchor: Anchor(id: "changes", title: ChangeReport.heading, level: 0)),
      .paragraph(PangoMarkup(escaping: report.intro), style: body),
    ]
    blocks += report.notes.map { .paragraph(PangoMarkup(escaping: $0), style: small) }
    var itemStyle = body
    itemStyle.spaceBefore = 2
    for group in report.groups {
      var lines = group.items.map { item in
        ListItem(
          .bold(item.title) + PangoMarkup(escaping: item.text.map { ": \($0)" } ?? ""), marker: "•",
          style: itemStyle)
      }
      if let more = group.more {
        lines.append(ListItem(PangoMarkup(escaping: more), marker: "", style: itemStyle))
      }
      blocks.append(
        .keepTogether([.paragraph(.bold(group.title), style: body), .list(Array(lines.prefix(1)))]))
      if lines.count > 1 { blocks.append(.list(Array(lines.dropFirst()))) }
    }
    return blocks
  }
}
