import Analysis
import IndicatorModel
import Presentation

extension ReportContent {
  /// The key (`PackKey`, the same as the dashboard's), laid out as tables of signs and words.
  func key() -> [Block] {
    let key = PackKey(pack: pack, assessment: assessment)
    let headings = PackKey.headings
    func table(_ rows: [(Table.Cell, String)], first: PangoMarkup = "Sign") -> Block {
      .table(
        Table(
          columns: [.init(title: first, weight: 1.2), .init(title: "What it means", weight: 4)],
          rows: rows.map { .cells([$0.0, .text(PangoMarkup(escaping: $0.1))]) }, size: 8,
          spaceBefore: 4))
    }
    func words<Value>(_ signs: [PackKey.Sign<Value>]) -> [(Table.Cell, String)] {
      signs.map { (.text(.bold($0.words)), $0.meaning) }
    }
    func paragraph(_ text: String) -> Block {
      .paragraph(PangoMarkup(escaping: text), style: body)
    }
    var item = body
    item.spaceBefore = 2
    func list(_ lines: [String]) -> [Block] {
      [.list(lines.map { ListItem(PangoMarkup(escaping: $0), marker: "•", style: item) })]
    }
    return [
      .heading("Key", level: 0, anchor: Anchor(id: "key", title: "Key", level: 0)),
      paragraph(key.introduction),
      .heading(headings.status, level: 2),
      paragraph(key.targetRule),
      table(key.statuses.map { (ragBadge($0.value), "\($0.words): \($0.meaning)") }),
      .heading(headings.direction, level: 2),
      paragraph(key.directionRule),
      table(words(key.movements)),
      .heading(headings.spc, level: 2),
      paragraph(key.spcIntroduction),
      table(words(key.variations) + words(key.assurances) + words(key.spcWords), first: "Words"),
      paragraph("The special-cause rules used in this pack:"),
    ] + list(key.spcRules) + [
      .heading(headings.comparison, level: 2),
      table(words(key.comparisonWords), first: "Words"),
    ] + list(key.comparisonMethods) + [
      .heading(headings.exceptions, level: 2),
      paragraph(key.exceptionIntroduction),
    ] + list(key.exceptionRules) + [
      .heading(headings.marks, level: 2),
      table(words(key.marks), first: "Item"),
    ]
  }
}
