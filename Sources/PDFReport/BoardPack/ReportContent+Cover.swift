import Analysis
import Charts
import IndicatorModel

extension ReportContent {
  /// The cover: a band in the branding colour with the organisation, then the title, board,
  /// period, meeting date and the headline.
  func cover() -> [Block] {
    let cover = CoverPage(
      organisation: pack.organisation, board: meeting.board ?? pack.board,
      title: meeting.title ?? pack.title,
      periodLine: "Reporting period: \(period.label) (to \(Words.date(period.end)))",
      meetingLine: meeting.date.map { "Meeting: \(Words.date($0))" },
      headline: Words.headline(assessment.summary),
      exceptions: assessment.exceptions.prefix(12).map(\.title), brand: style.brand,
      text: style.text, secondary: style.secondaryText)
    return [.drawing(height: 600) { page, rect in cover.draw(on: page, in: rect) }]
  }

  /// The contents: sections in bold, entries indented, page numbers on the right.
  func contents(_ entries: [ContentsEntry]) -> [Block] {
    var blocks: [Block] = [.heading("Contents", level: 0)]
    for entry in entries where entry.anchor.level <= 1 {
      let line = ContentsLine(entry: entry, colour: style.text)
      blocks.append(
        .drawing(height: line.size * 1.55, spaceBefore: line.level == 0 ? 6 : 0) { page, rect in
          line.draw(on: page, in: rect)
        })
    }
    return blocks
  }
}
