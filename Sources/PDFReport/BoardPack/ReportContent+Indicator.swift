import Analysis
import Charts
import IndicatorModel
import Presentation

extension ReportContent {
  /// An indicator's pages: title and readings, the trend, SPC and comparison charts, what the
  /// rules found, the data table with intervals and notes, the definition, commentary and
  /// actions.
  func indicatorBlocks(_ item: IndicatorAssessment) -> [Block] {
    guard let indicator = indicators[item.id] else { return [] }
    let scale = style.pointsPerChartUnit
    var blocks: [Block] = [
      .heading(
        item.title, level: 1,
        anchor: Anchor(id: "indicator-\(item.id)", title: item.title, level: 1)),
      readings(item, indicator: indicator),
    ]
    // A chart with nothing to draw is a sentence instead (`ChartKind.emptySentence`), said
    // once: the findings leave it out.
    let none = ChartKind.trend.emptySentence(indicator: indicator, assessment: item, pack: pack)
    if let none {
      blocks.append(.paragraph(PangoMarkup(escaping: none), style: body))
    } else {
      blocks += [
        .chart(TrendChart(indicator: indicator, assessment: item, pack: pack), height: 310 * scale),
        .chart(
          ControlChart(indicator: indicator, assessment: item, pack: pack), height: 310 * scale),
      ]
    }
    let compare = CompareChart(indicator: indicator, assessment: item, pack: pack)
    if ChartKind.compare.emptySentence(indicator: indicator, assessment: item, pack: pack) == nil {
      blocks.append(.chart(compare, height: compare.preferredHeight() * scale))
    }
    blocks += flagBlocks(item, saying: none)
    blocks += commentaryBlocks(item) + actionBlocks(item)
    blocks += definitionBlocks(indicator)
    guard !item.series(area: pack.area.code).isEmpty else { return blocks }
    blocks.append(
      .keepTogether([
        .heading("Data", level: 2),
        .anchor(
          Anchor(
            id: "data-\(item.id)", title: "Data: \(item.title)", level: 2, inContents: false)),
      ]))
    blocks.append(.table(dataTable(item, indicator: indicator)))
    return blocks
  }

  /// Every flag the rules raised, most severe first, in their words, but the sentence the page
  /// already says in the charts' place.
  func flagBlocks(_ item: IndicatorAssessment, saying said: String? = nil) -> [Block] {
    let findings = Words.findings(item).filter { $0.text != said }
    guard !findings.isEmpty else { return [] }
    var itemStyle = body
    itemStyle.spaceBefore = 2
    let items = findings.map { finding in
      let label = PangoMarkup.bold(Words.severity(finding.severity) + ": ")
      return ListItem("\(label)\(finding.text)", marker: "•", style: itemStyle)
    }
    return [.heading("What the rules found", level: 2), .list(items)]
  }

  /// Definition, measure, polarity, source, owner and lead.
  func definitionBlocks(_ indicator: Indicator) -> [Block] {
    let measure = indicator.measure
    let polarity = Words.polarity(indicator.polarity)
    var unit =
      measure.unit.isEmpty ? measure.type.rawValue : "\(measure.type.rawValue), \(measure.unit)"
    unit += "; 95% intervals by the \(measure.ci.rawValue) method"
    let rows: [(String, String?)] = [
      ("Definition", indicator.description),
      ("Measure", unit),
      ("Polarity", polarity),
      (
        "Target",
        indicator.target.map { Words.target($0.value, label: $0.label, measure: measure) }
      ),
      ("Source", indicator.source),
      ("Owner", indicator.owner),
      ("Lead officer", indicator.lead),
    ]
    var blocks: [Block] = [.heading("About this indicator", level: 2)]
    for (label, value) in rows {
      guard let value else { continue }
      var line = body
      line.spaceBefore = 2
      blocks.append(.paragraph("\(PangoMarkup.bold(label + ": "))\(value)", style: line))
    }
    return blocks
  }

  /// The area's figures, latest first: value, 95% interval, numerator and denominator, the
  /// target in force, England's value, status and notes.
  func dataTable(_ item: IndicatorAssessment, indicator: Indicator) -> Table {
    let measure = indicator.measure
    let national = pack.national?.area.code
    let england = Dictionary(
      item.observations.filter { $0.area == national }.map { ($0.period, $0.value) },
      uniquingKeysWith: { a, _ in a })
    let rows: [Table.Row] = item.series(area: pack.area.code).reversed().map { observation in
      let ci: String
      if let lower = observation.ci?.lower, let upper = observation.ci?.upper {
        ci = "\(measure.display(lower)) – \(measure.display(upper))"
      } else {
        ci = "–"
      }
      var note = observation.note ?? ""
      if let status = observation.status {
        note = status.rawValue + (note.isEmpty ? "" : "; " + note)
      }
      return .cells([
        .text(PangoMarkup(escaping: observation.period.shownLabel)),
        .text(.bold(measure.display(observation.value))),
        .text(PangoMarkup(escaping: ci)),
        .text(PangoMarkup(escaping: NumberFormat.format(observation.numerator, decimals: 0))),
        .text(PangoMarkup(escaping: NumberFormat.format(observation.denominator, decimals: 0))),
        .text(
          PangoMarkup(
            escaping: indicator.target.map { measure.display($0.value(at: observation.period)) }
              ?? "–")),
        .text(PangoMarkup(escaping: measure.display(england[observation.period] ?? nil))),
        .text(PangoMarkup(escaping: note)),
      ])
    }
    return Table(
      columns: [
        .init(title: "Period", weight: 0.9),
        .init(title: "Value", weight: 0.8, alignment: .trailing),
        .init(title: "95% interval", weight: 1.3, alignment: .trailing),
        .init(title: "Numerator", weight: 0.8, alignment: .trailing),
        .init(title: "Denominator", weight: 0.9, alignment: .trailing),
        .init(title: "Target", weight: 0.7, alignment: .trailing),
        .init(title: "England", weight: 0.75, alignment: .trailing),
        .init(title: "Notes", weight: 1.8),
      ], rows: rows, size: 7.5, spaceBefore: 2)
  }
}
