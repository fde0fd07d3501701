import Analysis
import Charts

extension ReportContent {
  /// The side of an icon in a table cell, in points.
  static let iconSide = 11.0

  /// Icons side by side in a table cell, drawn by `IconImage` (the dashboard's and the charts'
  /// icon routine), each a figure whose text alternative is its caption; "–" with none.
  func iconCell(_ icons: [Icon], side: Double = iconSide) -> Table.Cell {
    guard !icons.isEmpty else { return .text(.coloured("–", style.secondaryText)) }
    let chartStyle = style.chart
    return .drawing(height: side) { page, rect in
      for (index, icon) in icons.enumerated() {
        let box = Rect(
          x: rect.x + Double(index) * (side + 2), y: rect.y, width: side, height: side)
        // Drawn on the dashboard's 40-unit canvas and scaled, so strokes and letters keep
        // their proportions.
        page.drawFigure(
          IconImage(icon), in: box, scale: side / Self.iconCanvas, style: chartStyle)
      }
    }
  }

  /// The canvas side icons are drawn on, as the dashboard draws them.
  static let iconCanvas = 40.0

  /// The SPC icons of an indicator, variation then assurance, when its reading has them (as
  /// the dashboard shows them: only for a reading with limits that vary).
  static func spcIcons(_ spc: SPCResult?) -> [Icon] {
    guard let spc, spc.reading == .ok else { return [] }
    return [spc.variation.map(Icon.variation), spc.assurance.map(Icon.assurance)].compactMap {
      $0
    }
  }
}
