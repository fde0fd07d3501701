import Analysis
import Foundation
import IndicatorModel

/// `pack.pdf`: the board pack on A4 (design §6.3) — cover, contents, headline and scorecard,
/// exceptions, a section per theme with its indicators one after another, and the key.
public enum BoardPackPDF {
  /// The PDF bytes of the board pack.
  ///
  /// - Parameters:
  ///   - date: the creation date written into the PDF: from the pack (the meeting date or the
  ///     end of the period), never the clock, so two builds give the same bytes.
  ///   - logoPath: a PNG for the running header (pack.yaml `branding.logo`), if any.
  public static func render(
    pack: Pack, assessment: Assessment, date: CalendarDate, logoPath: String? = nil
  ) throws -> Data {
    try renderCountingPages(pack: pack, assessment: assessment, date: date, logoPath: logoPath)
      .data
  }

  /// The PDF bytes and the number of pages, for the benchmark's pages per second.
  public static func renderCountingPages(
    pack: Pack, assessment: Assessment, date: CalendarDate, logoPath: String? = nil
  ) throws -> (data: Data, pages: Int) {
    guard let period = assessment.period else { throw PDFError("the assessment has no period") }
    let content = ReportContent(
      pack: pack, assessment: assessment, period: period, style: PageStyle(branding: pack.branding))
    return try DocumentRenderer.renderCounting(document(content, date: date, logoPath: logoPath))
  }

  /// The most lines of one kind of change the paper pack lists (the dashboard lists all).
  static let changesShown = 15

  static func document(_ content: ReportContent, date: CalendarDate, logoPath: String?)
    -> Document
  {
    let pack = content.pack
    let assessment = content.assessment
    let meeting = content.meeting
    var sections = [
      Section(runningHeader: false, content: .blocks(content.cover())),
      Section(content: .contents(content.contents)),
      // What changed follows the headline on its page, not on a page of its own.
      Section(content: .blocks(headline(content) + content.changes(limit: Self.changesShown))),
    ]
    if !assessment.exceptions.isEmpty {
      sections.append(Section(content: .blocks(exceptions(content))))
    }
    let carried = Words.carriedActions(assessment)
    if !carried.isEmpty {
      sections.append(Section(content: .blocks(carriedActions(carried, content))))
    }
    for theme in pack.themes {
      let items = assessment.indicators.filter { $0.theme == theme.id }
      guard !items.isEmpty else { continue }
      var blocks: [Block] = [
        .heading(
          theme.title, level: 0,
          anchor: Anchor(id: "theme-\(theme.id)", title: theme.title, level: 0))
      ]
      // Indicators follow one another; one starts a new page when its opening does not fit.
      for item in items { blocks += keepingOpening(content.indicatorBlocks(item)) }
      sections.append(Section(content: .blocks(blocks)))
    }
    sections.append(Section(content: .blocks(content.key())))
    let title = meeting.title ?? pack.title
    return Document(
      metadata: PDFMetadata(
        title: "\(title) — \(content.period.label)", author: pack.organisation,
        subject: "\(meeting.board ?? pack.board) performance pack for \(content.period.label)",
        keywords: (["performance", "board pack", pack.area.name, content.period.label]
          + pack.themes.map(\.title)).joined(separator: ", "),
        date: date),
      running: RunningText(
        title: title, period: content.period.label, footer: content.footer, logoPath: logoPath,
        shorterTitles: [meeting.board ?? pack.board, pack.organisation]),
      style: content.style, sections: sections)
  }

  /// An indicator's blocks with its opening — heading, readings and first chart — kept on one
  /// page, so no indicator starts at the foot of a page with its chart overleaf.
  static func keepingOpening(_ blocks: [Block]) -> [Block] {
    let isChart: (Block) -> Bool = {
      if case .chart = $0 { return true }
      return false
    }
    guard let chart = blocks.firstIndex(where: isChart) else { return blocks }
    return [.keepTogether(Array(blocks[...chart]))] + blocks[(chart + 1)...]
  }

  static func headline(_ content: ReportContent) -> [Block] {
    let assessment = content.assessment
    return [
      .heading(
        "Headline and scorecard", level: 0,
        anchor: Anchor(id: "headline", title: "Headline and scorecard", level: 0)),
      .paragraph(PangoMarkup(escaping: Words.headline(assessment.summary)), style: content.body),
      content.tiles(assessment.indicators),
      .table(content.scorecard(assessment.indicators)),
      .paragraph(
        PangoMarkup(
          escaping: "! marks an exception for the board. Direction is against the previous period; "
            + "the key at the end explains every sign."), style: content.small),
    ] + content.spcMatrix(assessment.indicators)
  }

  /// "Actions from earlier meetings": what the board asked for and whether it is due now.
  static func carriedActions(_ actions: [CarriedAction], _ content: ReportContent) -> [Block] {
    let titles = Dictionary(
      content.assessment.indicators.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
    return [
      .heading(
        "Actions from earlier meetings", level: 0,
        anchor: Anchor(id: "actions", title: "Actions from earlier meetings", level: 0)),
      .paragraph(
        PangoMarkup(escaping: Words.carriedActionsIntro(actions)), style: content.body),
      .table(
        Table(
          columns: [
            .init(title: "Indicator", weight: 1.6), .init(title: "Owner", weight: 1.1),
            .init(title: "Action", weight: 3), .init(title: "Raised", weight: 0.8),
            .init(title: "Due", weight: 0.9), .init(title: "Where it stands", weight: 1.1),
          ],
          rows: actions.map { carried in
            .cells([
              .text(PangoMarkup(escaping: titles[carried.indicator] ?? carried.indicator)),
              .text(PangoMarkup(escaping: carried.action.owner)),
              .text(PangoMarkup(escaping: carried.action.action)),
              .text(PangoMarkup(escaping: carried.raised.label)),
              .text(PangoMarkup(escaping: Words.date(carried.due))),
              .text(PangoMarkup(escaping: Words.actionState(carried.state))),
            ])
          }, size: 8, spaceBefore: 4)),
    ]
  }

  static func exceptions(_ content: ReportContent) -> [Block] {
    let exceptions = content.assessment.exceptions
    var blocks: [Block] = [
      .heading(
        "Exceptions for the board", level: 0,
        anchor: Anchor(id: "exceptions", title: "Exceptions for the board", level: 0)),
      .paragraph(
        PangoMarkup(
          escaping: Words.exceptionsIntro(exceptions.count)
            + " Each gives the reasons in the rules' words, the owner's commentary and the "
            + "actions."), style: content.body),
    ]
    for item in exceptions {
      blocks += content.exceptionBlocks(item, anchorPrefix: "exception")
    }
    return blocks
  }
}
