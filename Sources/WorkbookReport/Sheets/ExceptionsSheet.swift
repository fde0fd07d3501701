import Analysis
import IndicatorModel
import Presentation

/// The Exceptions and actions sheet: a row per measure the board must see, most severe first
/// (the PDF's order), with what the PDF's exception section says of it: its severity, owner,
/// the reasons in the rules' words, the readings they rest on, the owner's commentary with its
/// author, and the actions with their owners and due dates.
struct ExceptionsSheet: SheetContent {
  let pack: Pack
  let assessment: Assessment
  let indicators: [String: Indicator]
  let period: Period

  let name = "Exceptions and actions"
  let frozenColumns = 3

  var note: String {
    Words.exceptionsIntro(exceptions.count)
      + " Each gives the reasons in the rules' words, the owner's commentary and the actions."
  }

  let columns = [
    Column("#", width: 4), Column("Severity", width: 10), Column("Indicator", width: 32),
    Column("Theme", width: 20), Column("Owner", width: 24),
    Column("Why the board should look at this", width: 60), Column("Readings", width: 50),
    Column("Commentary", width: 70), Column("Commentary by", width: 24),
    Column("Actions", width: 50),
  ]

  var exceptions: [IndicatorAssessment] {
    assessment.exceptions.filter { indicators[$0.id] != nil }
  }

  var rowCount: Int { exceptions.count }

  func rows(_ emit: ([Cell]) throws -> Void) throws {
    for (index, item) in exceptions.enumerated() {
      guard let indicator = indicators[item.id] else { continue }
      try emit(row(item, number: index + 1, indicator: indicator))
    }
  }

  func row(_ item: IndicatorAssessment, number: Int, indicator: Indicator) -> [Cell] {
    let wrapped = WorkbookStyle.wrapped
    let commentary = pack.commentary[period]?[item.id]
    let reasons = Words.reasons(item).map { "• " + $0.text }
    let readings = Words.evidence(item, indicator: indicator, pack: pack).map {
      "\($0.label): \($0.text)"
    }
    return [
      .number(Double(number), format: NumberStyle(decimals: 0)),
      .text(item.exceptionSeverity.map(Words.severity) ?? ""),
      .text(item.title, style: wrapped),
      .text(pack.themes.first { $0.id == item.theme }?.title ?? item.theme, style: wrapped),
      .text(Words.owner(indicator) ?? "not named", style: wrapped),
      .text(reasons.joined(separator: "\n"), style: wrapped),
      .text(readings.joined(separator: "\n"), style: wrapped),
      .text(commentaryText(commentary), style: wrapped),
      // An entry with no text yet names no author: it is no commentary.
      commentary.flatMap { $0.hasText ? $0.author : nil }.map { .text($0, style: wrapped) }
        ?? .empty,
      .text(actions(assessment.actionsRaised(for: item.id, in: pack)), style: wrapped),
    ]
  }

  /// The commentary as plain text, or the PDF's sentence when there is none.
  func commentaryText(_ commentary: Commentary?) -> String {
    guard let commentary, commentary.hasText else {
      return "No commentary was given for \(period.label)."
    }
    return CommentaryText.plain(commentary.text)
  }

  /// One line per action, as the exceptions list and the emails write it: "• Take the paper to
  /// CYP scrutiny (Public Health, due 30 June 2014)".
  func actions(_ actions: [Action]) -> String {
    actions.map { action in
      let due = action.due.map { ", due \(Words.date($0))" } ?? ""
      return "• \(action.action) (\(action.owner)\(due))"
    }.joined(separator: "\n")
  }
}
