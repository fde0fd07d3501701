import Analysis
import Charts
import IndicatorModel

extension ReportContent {
  /// The RAG badge: a coloured box with its letter, so colour is never the only signal; a
  /// figure read as the status in words ("Red").
  func ragBadge(_ status: TargetStatus?) -> Table.Cell {
    let palette = style.palette
    guard let letter = Words.ragLetter(status) else {
      return .text(.coloured("–", style.secondaryText))
    }
    let colour: Colour =
      switch status {
      case .red: palette.red
      case .amber: palette.amber
      default: palette.green
      }
    let alt = Words.targetLabel(status)
    return .drawing(height: 12) { page, rect in
      page.within(.figure(alt: alt)) {
        page.fill(Rect(x: rect.x, y: rect.y, width: 15, height: rect.height), colour: colour)
        let text = page.typesetter.set(
          .bold(letter), width: 15,
          style: ParagraphStyle(size: 8, colour: .white, alignment: .center))
        page.draw(text, at: Point(x: rect.x, y: rect.y + (rect.height - text.height) / 2))
      }
    }
  }

  /// A sparkline of the indicator in a table cell, a figure with the chart's text alternative.
  func sparkline(_ item: IndicatorAssessment, indicator: Indicator) -> Table.Cell {
    guard
      ChartKind.sparkline.emptySentence(indicator: indicator, assessment: item, pack: pack)
        == nil
    else { return .text(.coloured("–", style.secondaryText)) }
    let chart = Sparkline(indicator: indicator, assessment: item, pack: pack)
    let chartStyle = style.chart
    return .drawing(height: 16) { page, rect in
      page.drawFigure(chart, in: rect, scale: 1, style: chartStyle)
    }
  }

  /// The latest value with its period, the target, RAG, direction, SPC and England, as a
  /// one-row table at the top of an indicator's page and of each exception.
  func readings(_ item: IndicatorAssessment, indicator: Indicator) -> Block {
    let measure = indicator.measure
    let latest = latest(item)
    var value = PangoMarkup.bold(measure.display(latest?.value))
    if let ci = latest?.ci, let lower = ci.lower, let upper = ci.upper {
      value +=
        "<span size=\"smaller\"> (\(measure.display(lower))–\(measure.display(upper)))</span>"
    }
    let target = item.target.map { PangoMarkup(escaping: Words.target($0, of: indicator)) }
    let direction: PangoMarkup =
      "previous: \(Words.direction(item.direction.previousMovement))\n"
      + "year ago: \(Words.direction(item.direction.yearAgoMovement))"
    return .table(
      Table(
        columns: [
          .init(title: "Latest (\(item.period?.shownLabel ?? "–"))", weight: 1.5),
          .init(title: "Target", weight: 1.1),
          .init(title: "Status", weight: 0.55),
          .init(title: "Direction of travel", weight: 1.3),
          .init(title: "SPC", weight: 1.3),
          .init(title: "England", weight: 1.1),
        ],
        rows: [
          .cells([
            .text(value), .text(target ?? "no target"), ragBadge(item.target?.status),
            .text(direction), .text(PangoMarkup(escaping: Words.spc(item.spc))),
            .text(PangoMarkup(escaping: Words.england(item, indicator: indicator, pack: pack))),
          ])
        ], size: 8, spaceBefore: 4))
  }
}
