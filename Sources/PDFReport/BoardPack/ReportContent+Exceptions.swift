import Analysis
import Charts
import IndicatorModel
import Presentation

extension ReportContent {
  /// One exception: its title, the reasons in the rules' words and the readings they rest on
  /// (kept together), its headline chart (SPC where the series is long enough, else the trend),
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
        ] + reasons + [evidence(item, indicator: indicator)]),
      headlineChart(item, indicator: indicator),
    ] + commentaryBlocks(item, brief: brief) + actionBlocks(item) + [.spacer(10)]
  }

  /// The readings an exception rests on (`Words.evidence`), as a two-column table.
  func evidence(_ item: IndicatorAssessment, indicator: Indicator) -> Block {
    .table(
      Table(
        columns: [.init(title: "Reading", weight: 1.2), .init(title: "What it says", weight: 4)],
        rows: Words.evidence(item, indicator: indicator, pack: pack).map {
          .cells([.text(.bold($0.label)), .text(PangoMarkup(escaping: $0.text))])
        }, size: 8, spaceBefore: 4))
  }

  /// The exception's headline chart, or the sentence that says why there is nothing to draw.
  func headlineChart(_ item: IndicatorAssessment, indicator: Indicator) -> Block {
    let kind = ChartKind.headline(for: item)
    if let none = kind.emptySentence(indicator: indicator, assessment: item, pack: pack) {
      return .paragraph(PangoMarkup(escaping: none), style: body)
    }
    return .chart(
      kind.chart(indicator: indicator, assessment: item, pack: pack),
      height: 250 * style.pointsPerChartUnit)
  }
}
