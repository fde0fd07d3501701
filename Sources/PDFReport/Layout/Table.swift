import Charts

/// A table that splits across pages between rows, repeating its header row, and never leaves
/// a header or a theme row alone at the foot of a page, or fewer than three rows on either side
/// of a break (`Table+Slices`).
struct Table {
  /// A column: its header (markup), its share of the width and its alignment.
  struct Column {
    var title: PangoMarkup
    /// Relative width; the columns share the body width in proportion.
    var weight: Double
    var alignment: TextAlignment = .leading
  }

  /// One cell: text (markup) or a drawing (a sparkline, a RAG badge) of a fixed height, which
  /// declares its own structure inside the cell.
  enum Cell {
    case text(PangoMarkup)
    case drawing(height: Double, draw: (any PageCanvas, Rect) -> Void)
  }

  /// A row of cells, or a full-width group heading (markup; a theme in the scorecard).
  enum Row {
    case cells([Cell])
    case group(PangoMarkup)
  }

  var columns: [Column]
  var rows: [Row]
  /// Text size of the cells.
  var size: Double = 8
  /// Space between a cell's edge and its text.
  var padding = (horizontal: 3.5, vertical: 3.0)
  /// Space above the table.
  var spaceBefore = 8.0
}
