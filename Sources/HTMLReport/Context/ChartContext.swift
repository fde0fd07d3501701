/// One chart, inline, with its text alternative and its data.
public struct ChartContext: Sendable {
  /// `trend`, `spc`, `compare` or `sparkline`.
  public var kind: String
  /// `Trend`, `Statistical process control (SPC)`, `Comparison with other areas, 2013/14 Q4`.
  public var heading: String
  /// The chart as an inline `<svg>` element, with the alt text as its `<title>`.
  public var svg: String
  /// The text alternative generated from the data by the chart layer.
  public var alt: String
  /// The chart's figures.
  public var table: ChartTable
  /// Footnotes: data notes and source.
  public var notes: [String]
  /// Whether there are notes.
  public var hasNotes: Bool
}

/// A chart's figures as a table.
public struct ChartTable: Sendable {
  /// `Trend of Children's Centre registration: figures by financial quarter`.
  public var caption: String
  /// Column headings, the row-heading column first: `Period`, `Stockport`, `95% CI` ….
  public var columns: [String]
  /// One row per period or area.
  public var rows: [ChartRow]
}

/// One row of a chart's table.
public struct ChartRow: Sendable {
  /// The row heading: the period or area.
  public var header: String
  /// The other cells, formatted.
  public var cells: [String]
}
