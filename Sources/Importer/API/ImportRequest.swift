import IndicatorModel

/// What `boardpack import` is asked to do.
public struct ImportRequest: Sendable {
  /// Which kind of file, and how to read it.
  public enum Source: Sendable {
    /// A Fingertips CSV export.
    case fingertips(FingertipsOptions)
    /// Any long table, through a column mapping.
    case csv(CSVMapping)
  }

  /// The pack folder as the user typed it.
  public var packDirectory: String
  /// The export, as the user typed its path.
  public var file: String
  /// The pack's indicator id (`injury-admissions`); a new one gets a definition.
  public var indicatorID: String
  public var source: Source
  /// For a new indicator: the measure, else read from the figures.
  public var measure: MeasureSpec?
  /// For a new indicator: the periodicity, else read from the period labels.
  public var periodicity: Periodicity?
  /// For a new indicator: the theme, else pack.yaml's first.
  public var theme: String?
  /// For a new indicator: the title, else the export's indicator name.
  public var title: String?
  /// Read, check, merge and cross-check, but write nothing (`--dry-run`).
  public var dryRun: Bool
  /// Import an export that ends before the pack's data for its area (`--accept-older`).
  public var acceptOlder: Bool

  /// Creates a request.
  public init(
    packDirectory: String, file: String, indicatorID: String, source: Source,
    measure: MeasureSpec? = nil, periodicity: Periodicity? = nil, theme: String? = nil,
    title: String? = nil, dryRun: Bool = false, acceptOlder: Bool = false
  ) {
    self.dryRun = dryRun
    self.acceptOlder = acceptOlder
    self.packDirectory = packDirectory
    self.file = file
    self.indicatorID = indicatorID
    self.source = source
    self.measure = measure
    self.periodicity = periodicity
    self.theme = theme
    self.title = title
  }
}
