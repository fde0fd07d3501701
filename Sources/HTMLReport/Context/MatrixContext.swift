/// The Making Data Count summary matrix (`SPCMatrix`): SPC variation icons down the side,
/// assurance icons across the top, each cell listing its indicators.
public struct MatrixContext: Sendable {
  /// `Every measure by its SPC variation (rows) and its assurance against the target (columns),
  /// 2013/14 Q4`.
  public var caption: String
  /// The sentence before the matrix.
  public var introduction: String
  /// The assurance columns: target consistently met, may or may not be met, consistently
  /// missed, and no target or no assurance.
  public var columns: [MatrixHeadingContext]
  /// A row per variation icon, then `No variation` and `Too few points for SPC` when they hold
  /// an indicator.
  public var rows: [MatrixRowContext]
}

/// A row or column heading of the matrix.
public struct MatrixHeadingContext: Sendable {
  /// `Target consistently missed`, `Improvement: unusually high`, `Too few points for SPC`.
  public var words: String
  /// **Markup**: the icon; nil for the headings that have none.
  public var icon: String?
}

/// One variation row of the matrix.
public struct MatrixRowContext: Sendable {
  /// The variation: `words` and `icon`.
  public var heading: MatrixHeadingContext
  /// How many indicators the row holds: `3`.
  public var count: Int
  /// Whether the row holds an indicator (a phone shows only rows that do).
  public var hasIndicators: Bool
  /// A cell per column, in the columns' order.
  public var cells: [MatrixCellContext]
}

/// One cell: the indicators with its row's variation and its column's assurance.
public struct MatrixCellContext: Sendable {
  /// Its column's words, for a narrow screen that shows the cell without its column heading.
  public var column: String
  /// In the pack's order.
  public var indicators: [MatrixEntryContext]
  /// Whether the cell holds an indicator.
  public var hasIndicators: Bool
}

/// An indicator in a matrix cell, linking to its section.
public struct MatrixEntryContext: Sendable {
  /// `cc-registration`: its section is `#indicator-cc-registration`.
  public var id: String
  /// `Children's Centre registration (children under 5)`.
  public var title: String
}
