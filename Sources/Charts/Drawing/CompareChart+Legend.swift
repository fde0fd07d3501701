import Analysis
import Presentation

extension CompareChart {
  /// The legend under the bars, in rows: first what the colours mean ("Compared with England:"
  /// and each comparison in the key's words), then the other marks (England, a group mean, the
  /// area in bold, the 95% interval). A chart built without comparisons has one row of marks
  /// naming each role's colour instead.
  func legendGroups(_ bars: [Bar], palette: Palette) -> [[LegendItem]] {
    var marks: [LegendItem] = []
    let compared = !legendComparisons.isEmpty
    if let area = bars.first(where: { $0.role == .area }) {
      marks.append(
        compared
          ? LegendItem(symbol: .none, label: "\(area.name) in bold")
          : LegendItem(symbol: .swatch(palette.area), label: "\(area.name) (bold)"))
    }
    if let national = bars.first(where: { $0.role == .national }) {
      marks.append(LegendItem(symbol: .swatch(palette.national), label: national.name))
    }
    for mean in bars.filter({ $0.role == .groupMean }) {
      marks.append(LegendItem(symbol: .swatch(palette.groupMean), label: mean.name))
    }
    if bars.contains(where: {
      $0.comparison == nil && ![.area, .national, .groupMean].contains($0.role)
    }) {
      marks.append(LegendItem(symbol: .swatch(palette.otherBar), label: "Other areas"))
    }
    if bars.contains(where: { $0.lower != nil && $0.upper != nil }) {
      marks.append(LegendItem(symbol: .whisker(palette.whisker), label: "95% confidence interval"))
    }
    guard compared else { return [marks] }
    let colours =
      [LegendItem(symbol: .none, label: Words.comparedWith(comparedWith))]
      + legendComparisons.map {
        LegendItem(symbol: Self.symbol($0, palette), label: Words.comparison($0))
      }
    return [colours, marks]
  }

  /// A comparison's legend symbol: its colour, or an empty outlined square for not compared.
  static func symbol(_ comparison: BenchmarkComparison, _ palette: Palette) -> LegendItem.Symbol {
    comparison == .notCompared
      ? .outlinedSwatch(palette.notCompared) : .swatch(palette.colour(for: comparison))
  }
}
