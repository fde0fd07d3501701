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
    var reasons: [Block] = [
      .paragraph(
        .bold("Why the board should look at this (\(severity.lowercased()))"),
        style: body)
    ]
    var reasonStyle = body
    reasonStyle.spaceBefore = 2
    for reason in Words.reasons(item) {
      reasons.append(
        .listItem(PangoMarkup(escaping: reason.text), marker: "•", style: reasonStyle))
    }
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
