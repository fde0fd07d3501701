import Foundation
import Analysis
import IndicatorModel

extension ReportContent {
  /// The owner's commentary as paragraphs and lists, with its author; `brief` keeps the first
  /// paragraph only (partner summaries point to the pack for the rest).
  func commentaryBlocks(_ item: IndicatorAssessment, brief: Bool = false) -> [Block] {
    var blocks: [Block] = [.heading("Commentary", level: 2)]
    guard let commentary = commentary(item), commentary.hasText else {
      blocks.append(
        .paragraph(.italic("No commentary was given for \(period.label)."), style: body))
      return blocks
    }
    var parts = PangoMarkdown.blocks(commentary.text)
    let all = parts.count
    if brief {
      // About a paragraph's worth: a lead-in that ends "…:" keeps the items that follow it.
      var kept: [MarkdownBlock] = []
      var length = 0
      for part in parts where kept.isEmpty || length < 450 {
        kept.append(part)
        switch part {
        case .paragraph(let markup), .item(_, let markup): length += markup.text.count
        }
      }
      parts = kept
    }
    let cut = parts.count < all
    blocks += markdownBlocks(parts)
    if cut {
      blocks.append(
        .keepWithPrevious(
          .paragraph(.italic("The full commentary is in the board pack."), style: small)))
    }
    if let author = commentary.author {
      blocks.append(.keepWithPrevious(.paragraph(.italic("— " + author), style: small)))
    }
    return blocks
  }

  /// Markdown paragraphs as paragraphs, and each run of items as one list.
  func markdownBlocks(_ parts: [MarkdownBlock]) -> [Block] {
    var item = body
    item.spaceBefore = 2
    var blocks: [Block] = []
    var items: [ListItem] = []
    func endList() {
      if !items.isEmpty { blocks.append(.list(items)) }
      items = []
    }
    for part in parts {
      switch part {
      case .paragraph(let markup):
        endList()
        blocks.append(.paragraph(markup, style: body))
      case .item(let marker, let markup):
        items.append(ListItem(markup, marker: marker, style: item))
      }
    }
    endList()
    return blocks
  }

  /// The meeting's own actions as a table of owner, action and due date.
  func actionBlocks(_ item: IndicatorAssessment) -> [Block] {
    let actions = assessment.actionsRaised(for: item.id, in: pack)
    guard !actions.isEmpty else { return [] }
    return [
      .keepTogether([
        .heading("Actions", level: 2),
        .table(
          Table(
            columns: [
              .init(title: "Owner", weight: 1.3), .init(title: "Action", weight: 3),
              .init(title: "Due", weight: 0.8),
            ],
            rows: actions.map { action in
              .cells([
                .text(PangoMarkup(escaping: action.owner)),
                .text(PangoMarkup(escaping: action.action)),
                .text(PangoMarkup(escaping: action.due.map(Words.date) ?? "not set")),
              ])
            }, size: 8, spaceBefore: 2)),
      ])
    ]
  }
}
