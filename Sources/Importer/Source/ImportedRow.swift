import IndicatorModel

/// One row taken from an export, already in the pack's terms: its period and area code, the
/// pack-format cell texts, and where in the export each came from (for located errors).
public struct ImportedRow: Sendable {
  /// The period in the indicator's periodicity.
  public var period: Period
  /// The area code as the export gives it.
  public var area: String
  /// The area's name in the export, for messages.
  public var areaName: String?
  /// Pack-format text by column (`value`, `numerator`, `denominator`, `lower_ci`, `upper_ci`,
  /// `status`, `note`); empty cells are absent.
  public var cells: [String: String]
  /// The export cell each pack column came from.
  public var locations: [String: SourceLocation]
  /// The row's first cell in the export.
  public var location: SourceLocation
  /// The publisher's own judgements on the row, when the export carries them.
  public var published: PublishedJudgements

  /// Creates a row.
  public init(
    period: Period, area: String, areaName: String? = nil, cells: [String: String] = [:],
    locations: [String: SourceLocation] = [:], location: SourceLocation,
    published: PublishedJudgements = PublishedJudgements()
  ) {
    self.period = period
    self.area = area
    self.areaName = areaName
    self.cells = cells
    self.locations = locations
    self.location = location
    self.published = published
  }
}

/// What the publisher said about a row: its comparisons and its recent trend, as written.
public struct PublishedJudgements: Sendable, Hashable {
  /// "Compared to England …": `Better`, `Similar`, `Worse`, `Not compared`, …
  public var england: String?
  /// "Compared to <parent> …", with the parent area's code and name.
  public var parent: String?
  /// The parent area's code (`Parent Code`).
  public var parentCode: String?
  /// The parent area's name, or the name in the column heading.
  public var parentName: String?
  /// "Recent Trend": `Decreasing and getting better`, `No significant change`, …
  public var trend: String?

  /// Creates judgements; all absent by default.
  public init(
    england: String? = nil, parent: String? = nil, parentCode: String? = nil,
    parentName: String? = nil, trend: String? = nil
  ) {
    self.england = england
    self.parent = parent
    self.parentCode = parentCode
    self.parentName = parentName
    self.trend = trend
  }
}
