import Analysis
import Foundation
import IndicatorModel

/// `summaries/<partner-id>.pdf`: two to four A4 pages for a partner (design §6.4) — the
/// headline for the measures that concern it, its exceptions, and their scorecard with
/// sparklines. Drawn by the same layout code as the pack.
public enum PartnerSummaryPDF {
  /// The most lines of one kind of change a summary lists; the partner's email lists the same.
  public static let changesShown = 8

  /// The PDF bytes of one partner's summary; `date` as for ``BoardPackPDF``.
  public static func render(
    partner: Partner, pack: Pack, assessment: Assessment, date: CalendarDate,
    logoPath: String? = nil
  ) throws -> Data {
    guard let period = assessment.period else { throw PDFError("the assessment has no period") }
    func document(scorecardOnNewPage: Bool) -> Document {
      Self.document(
        partner: partner, pack: pack, assessment: assessment, period: period, date: date,
        logoPath: logoPath, scorecardOnNewPage: scorecardOnNewPage)
    }
    // The scorecard follows the exceptions, unless that leaves a one-page summary.
    let flowing = try DocumentRenderer.renderCounting(document(scorecardOnNewPage: false))
    guard flowing.pages < 2 else { return flowing.data }
    return try DocumentRenderer.render(document(scorecardOnNewPage: true))
  }

  /// The summary as a document: the headline and the exceptions, then the scorecard, on the
  /// same page when there is room or, if `scorecardOnNewPage`, on a page of its own.
  static func document(
    partner: Partner, pack: Pack, assessment: Assessment, period: Period, date: CalendarDate,
    logoPath: String?, scorecardOnNewPage: Bool
  ) -> Document {
    let content = ReportContent(
      pack: pack, assessment: assessment, period: period, style: PageStyle(branding: pack.branding))
    let followed = Set(pack.indicators.filter(partner.follows).map(\.id))
    let items = assessment.indicators.filter { followed.contains($0.id) }
    let exceptions = assessment.exceptions.filter { followed.contains($0.id) }
    let meeting = content.meeting
    let themes = pack.themes.filter { theme in items.contains { $0.theme == theme.id } }
      .map(\.title)

    var first: [Block] = [
      .heading(
        "Summary for \(partner.name)", level: 0,
        anchor: Anchor(id: "headline", title: "Headline", level: 0)),
      .paragraph(
        PangoMarkup(
          escaping:
            "From the \(meeting.title ?? pack.title) to the \(meeting.board ?? pack.board), "
            + "\(period.label)\(meeting.date.map { ", meeting of \(Words.date($0))" } ?? ""). "
            + "It covers the \(items.count) indicator\(items.count == 1 ? "" : "s") that concern "
            + "\(partner.name): \(list(themes))."), style: content.body),
      .paragraph(.bold(headline(items)), style: content.body),
      content.tiles(items),
    ]
    first += content.changes(only: followed, limit: changesShown)
    first += [
      .heading(
        "Exceptions", level: 0, anchor: Anchor(id: "exceptions", title: "Exceptions", level: 0))
    ]
    if exceptions.isEmpty {
      first.append(
        .paragraph(
          PangoMarkup(
            escaping: "None of these indicators is an exception for the board this period."),
          style: content.body))
    }
    for item in exceptions {
      first += content.exceptionBlocks(item, anchorPrefix: "exception", brief: true)
    }
    let scorecard: [Block] = [
      .heading(
        "Scorecard", level: 0, anchor: Anchor(id: "scorecard", title: "Scorecard", level: 0)),
      .table(content.scorecard(items)),
      .paragraph(
        PangoMarkup(
          escaping:
            "! marks an exception. RAG: R red, A amber, G green against target. The arrow "
            + "shows which way the figure moved since the previous period and the word what "
            + "that means (\"not significant\": the 95% intervals overlap). SPC words follow "
            + "NHS Making Data Count. The full key, charts and data are in the board pack."),
        style: content.small),
    ]
    return Document(
      metadata: PDFMetadata(
        title: "\(partner.name) — summary, \(period.label)", author: pack.organisation,
        subject:
          "Performance summary for \(partner.name) from the \(meeting.board ?? pack.board), \(period.label)",
        keywords: (["performance", "partner summary", partner.id, period.label] + themes)
          .joined(separator: ", "),
        date: date),
      running: RunningText(
        title: "\(meeting.title ?? pack.title) — summary for \(partner.name)", period: period.label,
        footer: content.footer, logoPath: logoPath,
        shorterTitles: ["Summary for \(partner.name)", partner.name]),
      style: content.style,
      sections: scorecardOnNewPage
        ? [Section(content: .blocks(first)), Section(content: .blocks(scorecard))]
        : [Section(content: .blocks(first + scorecard))])
  }

  /// The headline counts for the partner's indicators.
  static func headline(_ items: [IndicatorAssessment]) -> String {
    Words.headline(AssessmentSummary(counting: items))
  }

  /// "a, b and c".
  static func list(_ words: [String]) -> String {
    guard words.count > 1 else { return words.first ?? "" }
    return words.dropLast().joined(separator: ", ") + " and " + words[words.count - 1]
  }
}
