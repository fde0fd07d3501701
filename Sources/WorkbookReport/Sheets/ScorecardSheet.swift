import Analysis
import IndicatorModel
import Presentation

/// The Scorecard sheet: a row per indicator, in the PDF scorecard's order (theme by theme), with
/// the readings it prints in the same words: latest figure and its period, target, RAG status,
/// direction, SPC reading and England. Figures are numbers shown as the PDF shows them.
struct ScorecardSheet: SheetContent {
  let pack: Pack
  let assessment: Assessment
  let indicators: [String: Indicator]

  let name = "Scorecard"
  let frozenColumns = 2

  var note: String {
    Words.headline(assessment.summary)
      + " Exception marks a measure the board should look at (the Exceptions and actions sheet "
      + "says why); Direction is against the previous period."
  }

  let columns = [
    Column("Theme", width: 26), Column("Indicator", width: 44), Column("Exception", width: 11),
    Column("Latest", width: 13), Column("Period", width: 12), Column("Target", width: 11),
    Column("RAG", width: 10), Column("Direction", width: 17), Column("SPC reading", width: 38),
    Column("England", width: 22),
  ]

  /// The indicators the PDF's scorecard lists, in its order: by theme, then the pack's order.
  var items: [(theme: Theme, item: IndicatorAssessment)] {
    pack.themes.flatMap { theme in
      assessment.indicators.filter { $0.theme == theme.id && indicators[$0.id] != nil }.map {
        (theme, $0)
      }
    }
  }

  var rowCount: Int { items.count }

  func rows(_ emit: ([Cell]) throws -> Void) throws {
    for (theme, item) in items {
      guard let indicator = indicators[item.id] else { continue }
      try emit(row(item, theme: theme, indicator: indicator))
    }
  }

  func row(_ item: IndicatorAssessment, theme: Theme, indicator: Indicator) -> [Cell] {
    let measure = indicator.measure
    let wrapped = WorkbookStyle.wrapped
    let latest = item.period.flatMap { period in
      item.series(area: pack.area.code).last { $0.period == period }?.value
    }
    return [
      .text(theme.title, style: wrapped),
      .text(item.title, style: wrapped),
      item.exceptionSeverity.map { .text(Words.severity($0)) } ?? .empty,
      latest.map { .number($0, format: .measure(measure, withUnit: true)) } ?? .text("–"),
      .text(item.period?.shownLabel ?? "–"),
      item.target.map { .number($0.value, format: .target($0.value, of: measure)) }
        ?? .text("–"),
      rag(item.target?.status),
      .text(Words.direction(item.direction.previousMovement), style: wrapped),
      .text(Words.spc(item.spc), style: wrapped),
      .text(Words.england(item, indicator: indicator, pack: pack), style: wrapped),
    ]
  }

  /// The status in words on its colour, or "–" with no target, as the PDF's badge.
  func rag(_ status: TargetStatus?) -> Cell {
    guard Words.ragLetter(status) != nil, let style = WorkbookStyle.rag(status) else {
      return .text("–")
    }
    return .text(Words.targetLabel(status), style: style)
  }
}
