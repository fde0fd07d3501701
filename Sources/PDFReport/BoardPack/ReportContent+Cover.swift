import Analysis
import CCairo
import Charts
import IndicatorModel

extension ReportContent {
  /// The cover: a band in the branding colour with the organisation, then the title, board,
  /// period, meeting date and the headline.
  func cover() -> [Block] {
    let meeting = meeting
    let brand = style.brand
    let text = style.text
    let secondary = style.secondaryText
    let organisation = pack.organisation
    let title = meeting.title ?? pack.title
    let board = meeting.board ?? pack.board
    let periodLine = "Reporting period: \(period.label) (to \(Words.date(period.end)))"
    let date = meeting.date.map { "Meeting: \(Words.date($0))" }
    let headline = Words.headline(assessment.summary)
    let exceptions = assessment.exceptions.prefix(12).map(\.title)
    return [
      .drawing(height: 600) { page, rect in
        let cr = page.cairo
        Drawing.box(cr, x: rect.x, y: rect.y, width: rect.width, height: 90, fill: brand)
        page.typesetter.set(
          .bold(organisation), width: rect.width - 40,
          style: ParagraphStyle(size: 16, colour: .white)
        ).draw(on: cr, x: rect.x + 20, y: rect.y + 20)
        page.typesetter.set(
          PangoMarkup(escaping: board), width: rect.width - 40,
          style: ParagraphStyle(size: 12, colour: .white)
        ).draw(on: cr, x: rect.x + 20, y: rect.y + 50)
        var y = rect.y + 170
        let heading = page.typesetter.set(
          .bold(title), width: rect.width,
          style: ParagraphStyle(size: 26, colour: brand, lineSpacing: 4))
        heading.draw(on: cr, x: rect.x, y: y)
        y += heading.height + 24
        for (line, size, colour) in [(periodLine, 14.0, text), (date, 14.0, text)] {
          guard let line else { continue }
          let set = page.typesetter.set(
            PangoMarkup(escaping: line), width: rect.width,
            style: ParagraphStyle(size: size, colour: colour))
          set.draw(on: cr, x: rect.x, y: y)
          y += set.height + 8
        }
        y += 30
        Drawing.box(cr, x: rect.x, y: y, width: 4, height: 60, fill: brand)
        let words = page.typesetter.set(
          PangoMarkup(escaping: headline), width: rect.width - 20,
          style: ParagraphStyle(size: 12, colour: text, lineSpacing: 3))
        words.draw(on: cr, x: rect.x + 16, y: y + (60 - words.height) / 2)
        y += 84
        if !exceptions.isEmpty {
          let label = page.typesetter.set(
            .bold("For the board's attention"), width: rect.width,
            style: ParagraphStyle(size: 11, colour: brand))
          label.draw(on: cr, x: rect.x, y: y)
          y += label.height + 6
          for title in exceptions {
            let line = page.typesetter.set(
              "•  \(title)", width: rect.width,
              style: ParagraphStyle(size: 10.5, colour: text))
            line.draw(on: cr, x: rect.x + 4, y: y)
            y += line.height + 3
          }
        }
        page.typesetter.set(
          PangoMarkup(
            escaping: "Prepared by \(organisation) with boardpack from the pack's data files."),
          width: rect.width, style: ParagraphStyle(size: 8.5, colour: secondary)
        ).draw(on: cr, x: rect.x, y: rect.maxY - 12)
      }
    ]
  }

  /// The contents: sections in bold, entries indented, page numbers on the right.
  func contents(_ entries: [ContentsEntry]) -> [Block] {
    var blocks: [Block] = [.heading("Contents", level: 0)]
    let text = style.text
    for entry in entries where entry.anchor.level <= 1 {
      let level = entry.anchor.level
      let indent = level == 0 ? 0.0 : 14.0
      let size = level == 0 ? 10.0 : 9.0
      let title =
        level == 0
        ? PangoMarkup.bold(entry.anchor.title) : PangoMarkup(escaping: entry.anchor.title)
      let number = PangoMarkup(escaping: entry.page.map(String.init) ?? "00")
      blocks.append(
        .drawing(height: size * 1.55, spaceBefore: level == 0 ? 6 : 0) { page, rect in
          let paragraph = ParagraphStyle(size: size, colour: text)
          let words = page.typesetter.set(title, width: rect.width - indent - 40, style: paragraph)
          words.draw(0..<1, on: page.cairo, x: rect.x + indent, y: rect.y)
          var right = paragraph
          right.alignment = .trailing
          page.typesetter.set(number, width: 40, style: right)
            .draw(on: page.cairo, x: rect.maxX - 40, y: rect.y)
          // Dotted leader from the title to the number.
          let from = rect.x + indent + words.naturalWidth + 4
          let to = rect.maxX - 40 + 40 - page.typesetter.width(of: number, style: paragraph) - 4
          if to > from {
            cairo_set_source_rgb(page.cairo, 0.6, 0.6, 0.6)
            cairo_set_line_width(page.cairo, 0.6)
            var dash = [0.6, 2.4]
            cairo_set_dash(page.cairo, &dash, 2, 0)
            let y = rect.y + size * 0.95
            cairo_move_to(page.cairo, from, y)
            cairo_line_to(page.cairo, to, y)
            cairo_stroke(page.cairo)
            cairo_set_dash(page.cairo, nil, 0, 0)
          }
        })
    }
    return blocks
  }
}
