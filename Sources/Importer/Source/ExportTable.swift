import IndicatorModel

/// What an export holds for one indicator, after filtering: its rows and what the file says
/// about the indicator itself.
public struct ExportTable: Sendable {
  /// The rows to import and cross-check, in file order.
  public var rows: [ImportedRow]
  /// The publisher's indicator name (Fingertips `Indicator Name`), for a new definition.
  public var indicatorName: String?
  /// The publisher's indicator number (Fingertips `Indicator ID`).
  public var sourceIndicatorID: String?
  /// Names the publisher calls itself in a new definition's `source`.
  public var publisher: String
  /// Rows left out because their area is not in pack.yaml.
  public var otherAreaRows: Int
  /// Those rows, read leniently (value and the publisher's labels only): never written or
  /// cross-checked, only read for the polarity the labels suggest.
  public var otherRows: [ImportedRow]
  /// The export's file name, for messages.
  public var fileName: String
  /// Every area the file names (kept or not), in file order, for hints.
  public var fileAreas: [String]

  /// Creates a table.
  public init(
    rows: [ImportedRow], indicatorName: String? = nil, sourceIndicatorID: String? = nil,
    publisher: String, otherAreaRows: Int = 0, otherRows: [ImportedRow] = [], fileName: String,
    fileAreas: [String] = []
  ) {
    self.otherRows = otherRows
    self.fileAreas = fileAreas
    self.rows = rows
    self.indicatorName = indicatorName
    self.sourceIndicatorID = sourceIndicatorID
    self.publisher = publisher
    self.otherAreaRows = otherAreaRows
    self.fileName = fileName
  }
}
