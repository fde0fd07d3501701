import Analysis
import IndicatorModel

extension ReportContent {
  /// The key: every letter, colour, word and rule the pack uses, in words.
  func key() -> [Block] {
    func table(_ rows: [(Table.Cell, String)], first: PangoMarkup = "Sign") -> Block {
      .table(
        Table(
          columns: [.init(title: first, weight: 1.2), .init(title: "What it means", weight: 4)],
          rows: rows.map { .cells([$0.0, .text(PangoMarkup(escaping: $0.1))]) }, size: 8,
          spaceBefore: 4))
    }
    func words(_ text: String) -> Table.Cell { .text(.bold(text)) }
    var blocks: [Block] = [
      .heading("Key", level: 0, anchor: Anchor(id: "key", title: "Key", level: 0)),
      .paragraph(
        PangoMarkup(
          escaping:
            "How to read the pack. Colour is never the only signal: every colour also has a "
            + "letter or words."), style: body),
      .heading("Status against target (RAG)", level: 2),
      table([
        (
          ragBadge(.red),
          "Red: the latest figure misses its target and is beyond the amber threshold (or there is no amber threshold)."
        ),
        (
          ragBadge(.amber),
          "Amber: the latest figure misses its target but is within the amber threshold."
        ),
        (
          ragBadge(.green),
          "Green: the latest figure meets its target. A figure exactly on the target meets it."
        ),
        (ragBadge(nil), "No status: the indicator has no target, or neither direction is better."),
      ]),
      .heading("Direction of travel", level: 2),
      table([
        (
          words("↑ improved / ↓ worsened"),
          "Better or worse than the previous period (or a year earlier), judged by which direction is good for the indicator."
        ),
        (
          words("→ no sig. change"),
          "Changed, but the 95% confidence intervals overlap: the change may be chance."
        ),
        (words("→ no change"), "The same figure."),
        (
          words("↑ increased / ↓ decreased"),
          "Up or down, for an indicator where neither direction is better."
        ),
      ]),
      .heading("Statistical process control (SPC)", level: 2),
      .paragraph(
        PangoMarkup(
          escaping:
            "The SPC chart (NHS Making Data Count) shows the mean and process limits. Points are coloured: "
            + "blue for special cause improvement, orange for special cause concern, grey for common cause, "
            + "purple for special cause where neither direction is better."), style: body),
      table(
        VariationIcon.allCases.map { (words(Words.variation($0)), $0.caption + ".") }
          + AssuranceIcon.allCases.map { (words(Words.assurance($0)), $0.caption + ".") }
          + [
            (
              words("too few points"),
              "Fewer points than the minimum for limits: no SPC reading is given, and the pack relies on the direction of travel."
            )
          ],
        first: "Words"),
      .heading("Comparison with England and other areas", level: 2),
      table(
        [
          (
            words("better / worse"),
            "The 95% confidence intervals of the area and the comparator do not overlap: the difference is significant."
          ),
          (words("similar"), "The intervals overlap: no significant difference."),
          (
            words("higher / lower"),
            "A significant difference, for an indicator where neither direction is better."
          ),
          (words("not compared"), "A value or an interval is missing, so no comparison is made."),
        ], first: "Words"),
      .heading("What makes an exception", level: 2),
      .paragraph(
        PangoMarkup(
          escaping: "An indicator is an exception for the board when any of these rules applies:"),
        style: body),
    ]
    var item = body
    item.spaceBefore = 2
    for rule in pack.rules.exceptions {
      blocks.append(
        .listItem(
          PangoMarkup(escaping: Words.rule(rule, worseningStreak: pack.rules.worseningStreak)),
          marker: "•",
          style: item))
    }
    blocks += [
      .heading("Charts and tables", level: 2),
      table(
        [
          (
            words("Trend"),
            "A sparkline in the scorecard: the area's figures over time, the dot the latest, the dashed red line the target."
          ),
          (
            words("Whiskers"),
            "The 95% confidence interval of a figure in the trend and comparison charts."
          ),
          (words("! before a title"), "The indicator is an exception for the board."),
          (
            words("95% interval"),
            "The range in which the true figure is likely to lie (Wilson for percentages, Byar or exact Poisson for rates and counts, or as published)."
          ),
        ], first: "Item"),
    ]
    return blocks
  }
}
