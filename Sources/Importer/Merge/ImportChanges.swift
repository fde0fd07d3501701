import IndicatorModel

/// What a re-import changed in an indicator's data file.
public struct ImportChanges: Sendable {
  /// A row that is new or gone: its period, area and pack cells.
  public struct Row: Sendable, Hashable {
    /// The row's period.
    public var period: Period
    /// The row's area code.
    public var area: String
    /// Its pack-format cells by column.
    public var cells: [String: String]
  }

  /// A row whose figures the publisher revised.
  public struct Revision: Sendable, Hashable {
    /// The row's period.
    public var period: Period
    /// The row's area code.
    public var area: String
    /// Each changed column with its old and new text, in pack column order.
    public var changes: [(column: String, old: String, new: String)]

    public static func == (a: Revision, b: Revision) -> Bool {
      a.period == b.period && a.area == b.area
        && a.changes.map { [$0.column, $0.old, $0.new] }
          == b.changes.map { [$0.column, $0.old, $0.new] }
    }

    public func hash(into hasher: inout Hasher) {
      hasher.combine(period)
      hasher.combine(area)
    }
  }

  /// Rows the file did not have.
  public var added: [Row] = []
  /// Rows whose figures changed.
  public var revised: [Revision] = []
  /// Rows for a period and area the export covers that the export no longer has; removed.
  public var disappeared: [Row] = []
  /// Rows the export repeats unchanged.
  public var unchanged = 0

  /// Whether the file changes at all.
  public var isEmpty: Bool { added.isEmpty && revised.isEmpty && disappeared.isEmpty }
}
