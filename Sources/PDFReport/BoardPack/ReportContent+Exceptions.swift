import Analysis
import IndicatorModel

extension ReportContent {
  /// One exception: its title, readings and the reasons in the rules' words (kept together),
  /// then the commentary and the actions.
  func exceptionBlocks(_ item: IndicatorAssessment, anchorPrefix: String, brief: Bool = false)
    -> [Block]
  {
    guard let indicator = indicators[item.id] else { return [] }
    let severity = item.exceptionSeverity.map { $0 == .concern ? "Concern" : "Watch" } ?? ""
    var reasons: [Block] = [
      .paragraph(
        .bold("Why the board should look at this (\(severity.lowercased()))"),
        style: body)
    ]
    var reasonStyle = body
    reasonStyle.spaceBefore = 2
    for flag in item.exceptionFlags {
      reasons.append(
        .listItem(PangoMarkup(escaping: flag.message), marker: "•", style: reasonStyle))
    }
    return [
      .keepTogether(
        [
          .heading(
            item.title, level: 1,
            anchor: Anchor(id: "\(anchorPrefix)-\(item.id)", title: item.title, level: 1)),
          .paragraph(
            PangoMarkup(
              escaping: "\(themeTitle(item.theme)) · owner: \(indicator.owner ?? "not named")"),
            style: small),
          readings(item, indicator: indicator),
        ] + reasons)
    ] + commentaryBlocks(item, brief: brief) + actionBlocks(item) + [.spacer(10)]
  }
}
