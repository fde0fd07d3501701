import Analysis
import IndicatorModel
import Presentation

extension ReportContent {
  /// One exception: its title, readings and the reasons in the rules' words (kept together),
  /// then the commentary and the actions.
  func exceptionBlocks(_ item: IndicatorAssessment, anchorPrefix: String, brief: Bool = false)
    -> [Block]
  {
    guard let indicator = indicators[item.id] else { return [] }
    let severity = item.exceptionSeverity.map { $0 == .concern ? "Concern" : "Watch" } ?? ""
    var reasonStyle = body
    reasonStyle.spaceBefore = 2
    let reasons: [Block] = [
      .paragraph(
        .bold("Why the board should look at this (\(severity.lowercased()))"),
        style: body),
      .list(
        Words.reasons(item).map {
          ListItem(PangoMarkup(escaping: $0.text), marker: "•", style: reasonStyle)
        }),
    ]
    return [
      .keepTogether(
        [
          .heading(
            item.title, level: 1,
            anchor: Anchor(id: "\(anchorPrefix)-\(item.id)", title: item.title, level: 1)),
          .paragraph(
            PangoMarkup(
              escaping:
                "\(themeTitle(item.theme)) · Owner: \(Words.owner(indicator) ?? "not named")"),
            style: small),
          readings(item, indicator: indicator),
        ] + reasons)
    ] + commentaryBlocks(item, brief: brief) + actionBlocks(item) + [.spacer(10)]
  }
}
