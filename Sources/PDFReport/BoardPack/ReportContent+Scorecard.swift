import Analysis
import Charts
import IndicatorModel

extension ReportContent {
  /// The scorecard: a row per indicator under its theme, with the latest value, target, RAG
  /// letter, direction, the SPC icons with the reading in words beside them, England, and a
  /// sparkline. Exceptions are marked "!".
  func scorecard(_ items: [IndicatorAssessment]) -> Table {
    var rows: [Table.Row] = []
    for theme in pack.themes {
      let members = items.filter { $0.theme == theme.id }
      guard !members.isEmpty else { continue }
      rows.append(.group(PangoMarkup(escaping: theme.title)))
      for item in members {
        guard let indicator = indicators[item.id] else { continue }
        let measure = indicator.measure
        let title =
          (item.exception ? PangoMarkup.coloured("! ", style.palette.red) : "")
          + PangoMarkup(escaping: item.title)
        rows.append(
          .cells([
            .text(title),
            .text(
              "\(PangoMarkup.bold(measure.display(latest(item)?.value)))\n"
                + "<span size=\"smaller\">\(item.period?.shownLabel ?? "–")</span>"),
            .text(
              PangoMarkup(escaping: item.target.map { measure.displayTarget($0.value) } ?? "–")),
            ragBadge(item.target?.status),
            .text(PangoMarkup(escaping: Words.direction(item.direction.previousMovement))),
            iconCell(Self.spcIcons(item.spc)),
            .text(PangoMarkup(escaping: Words.spc(item.spc))),
            .text(PangoMarkup(escaping: Words.england(item, indicator: indicator, pack: pack))),
            sparkline(item, indicator: indicator),
          ]))
      }
    }
    return Table(
      columns: [
        .init(title: "Indicator", weight: 2.45),
        .init(title: "Latest", weight: 0.95),
        .init(title: "Target", weight: 0.75),
        .init(title: "RAG", weight: 0.45),
        .init(title: "Direction", weight: 1.05),
        .init(title: "SPC", weight: 0.5),
        .init(title: "SPC reading", weight: 1.25),
        .init(title: "England", weight: 1.1),
        .init(title: "Trend", weight: 0.8),
      ], rows: rows, size: 7.5)
  }

  /// The headline in numbers: boxes for red, amber, green, no target and exceptions, a list.
  func tiles(_ items: [IndicatorAssessment]) -> Block {
    // The headline's counts: a target with no figure yet is never "no target".
    let summary = AssessmentSummary(counting: items)
    let counts = summary.targetStatus
    let palette = style.palette
    var tiles: [(String, Int, Colour)] = [
      ("red", counts[.red] ?? 0, palette.red),
      ("amber", counts[.amber] ?? 0, palette.amber),
      ("green", counts[.green] ?? 0, palette.green),
    ]
    if summary.noFigure > 0 {
      tiles.append(("no figure yet", summary.noFigure, style.secondaryText))
    }
    tiles += [
      ("no target", counts[.none] ?? 0, style.secondaryText),
      ("exceptions", summary.exceptions, style.brand),
    ]
    return .drawing(height: 46, spaceBefore: 8) { page, rect in
      let gap = 8.0
      let width = (rect.width - gap * Double(tiles.count - 1)) / Double(tiles.count)
      page.within(.list) {
        for (index, (label, count, colour)) in tiles.enumerated() {
          let box = Rect(
            x: rect.x + Double(index) * (width + gap), y: rect.y, width: width,
            height: rect.height)
          Self.drawTile(count: count, label: label, colour: colour, in: box, on: page)
        }
      }
    }
  }

  /// One tile, a list item: the box (an artifact), the count and its label in white.
  static func drawTile(
    count: Int, label: String, colour: Colour, in box: Rect, on page: any PageCanvas
  ) {
    page.within(.listItem) {
      page.within(.artifact) { page.fill(box, colour: colour) }
      page.within(.listBody) {
        let number = page.typesetter.set(
          "<b>\(count)</b>", width: box.width,
          style: ParagraphStyle(size: 18, colour: .white, alignment: .center))
        page.draw(number, at: Point(x: box.x, y: box.y + 4))
        let words = page.typesetter.set(
          PangoMarkup(escaping: label), width: box.width,
          style: ParagraphStyle(size: 8.5, colour: .white, alignment: .center))
        page.draw(words, at: Point(x: box.x, y: box.y + 28))
      }
    }
  }
}
