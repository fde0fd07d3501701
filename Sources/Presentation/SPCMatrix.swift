import Analysis

/// The Making Data Count summary matrix: every indicator placed once by its SPC variation (the
/// rows) and its assurance against the target (the columns), as NHS boards read SPC at a glance.
/// Computed once here; the dashboard and the PDF lay it out.
///
/// The seven variation icons are always rows, so the board sees where nothing sits too; an
/// indicator whose SPC gives no icon sits in a row of its own ("No variation", "Too few points
/// for SPC"), shown only when it holds one, in the "no target or no assurance" column.
public struct SPCMatrix: Hashable, Sendable {
  /// The assurance columns, left to right: pass, hit or miss, fail, then none.
  public var columns: [Assurance]
  /// The variation rows, top to bottom.
  public var rows: [Row]

  /// Places the indicators, keeping their order (the pack's theme order) within each cell.
  public init(_ indicators: [IndicatorAssessment]) {
    columns = Assurance.all
    let placed = indicators.map { (Self.place($0), Entry(id: $0.id, title: $0.title)) }
    rows = Variation.all.compactMap { variation in
      let cells = Assurance.all.map { assurance in
        Cell(
          assurance: assurance,
          indicators: placed.filter { $0.0 == (variation, assurance) }.map(\.1))
      }
      let row = Row(variation: variation, cells: cells)
      return row.count > 0 || variation.hasIcon ? row : nil
    }
  }

  /// The row and column of one indicator: its icons when its SPC reading is ok, else the row
  /// naming why there is none.
  static func place(_ item: IndicatorAssessment) -> (Variation, Assurance) {
    guard let spc = item.spc, spc.reading != .insufficientData else {
      return (.tooFewPoints, .none)
    }
    guard spc.reading == .ok, let variation = spc.variation else { return (.noVariation, .none) }
    return (.icon(variation), spc.assurance.map(Assurance.icon) ?? .none)
  }

  /// How many indicators the matrix places: every indicator it was given.
  public var count: Int { rows.map(\.count).reduce(0, +) }

  /// The table's caption: `Every measure by its SPC variation (rows) and assurance against its
  /// target (columns), 2013/14 Q4`.
  public static func caption(period: String) -> String {
    "Every measure by its SPC variation (rows) and its assurance against the target (columns), "
      + period
  }

  /// The sentence before the matrix.
  public static let introduction =
    "Statistical process control (SPC) in the Making Data Count summary: each measure sits once, "
    + "in the row of its latest variation and the column of whether its process will meet the "
    + "target. The key explains each icon."

  /// A row heading: a variation icon, or why there is none.
  public enum Variation: Hashable, Sendable {
    case icon(VariationIcon)
    /// Every point the same: no limits to read.
    case noVariation
    /// Fewer points than the minimum, or none at all.
    case tooFewPoints

    /// Every row, in the matrix's order.
    static let all: [Variation] =
      VariationIcon.allCases.map(Variation.icon) + [
        .noVariation, .tooFewPoints,
      ]

    /// Whether the row has a Making Data Count icon (and so always shows).
    public var hasIcon: Bool {
      if case .icon = self { true } else { false }
    }

    /// The row heading in words: the icon's caption, `No variation`, `Too few points for SPC`.
    public var words: String {
      switch self {
      case .icon(let icon): icon.caption
      case .noVariation: "No variation"
      case .tooFewPoints: "Too few points for SPC"
      }
    }
  }

  /// A column heading: an assurance icon, or none.
  public enum Assurance: Hashable, Sendable {
    case icon(AssuranceIcon)
    /// No target, or no SPC limits to test it against.
    case none

    /// Every column, in the matrix's order.
    static let all: [Assurance] = [.icon(.pass), .icon(.hitOrMiss), .icon(.fail), .none]

    /// The column heading in words: the icon's caption, or `No target or no assurance`.
    public var words: String {
      switch self {
      case .icon(let icon): icon.caption
      case .none: "No target or no assurance"
      }
    }
  }

  /// One row: its variation and a cell per column.
  public struct Row: Hashable, Sendable {
    public var variation: Variation
    /// In the order of `SPCMatrix.columns`.
    public var cells: [Cell]

    /// How many indicators the row holds.
    public var count: Int { cells.map(\.indicators.count).reduce(0, +) }
  }

  /// One cell: the indicators with its row's variation and its column's assurance.
  public struct Cell: Hashable, Sendable {
    public var assurance: Assurance
    /// In the pack's order.
    public var indicators: [Entry]
  }

  /// An indicator in a cell.
  public struct Entry: Hashable, Sendable {
    /// `cc-registration`, for links to its section.
    public var id: String
    /// `Children's Centre registration (children under 5)`.
    public var title: String
  }
}
