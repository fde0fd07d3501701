import IndicatorModel

/// What an import did: the files it wrote, what changed, and the cross-check.
public struct ImportOutcome: Sendable {
  /// The indicator as imported (a new one has `polarityIsSet == false`).
  public var indicator: Indicator
  /// The data file, as a path from the pack folder given.
  public var dataPath: String
  /// The definition written for a new indicator; nil when it existed.
  public var definitionPath: String?
  /// Rows written (for the pack's areas) and rows left out (areas not in pack.yaml).
  public var rowsImported: Int
  public var otherAreaRows: Int
  /// Rows of areas not in pack.yaml that were cross-checked but not written (`--areas all`).
  public var crossCheckedOnly: Int
  public var changes: ImportChanges
  public var crossCheck: CrossCheckReport
  /// Advice for the officer (e.g. an existing indicator that ignores the published CIs).
  public var notes: [String]
  /// Area names by code, for messages.
  public var areaNames: [String: String]
  /// For a new indicator, the polarity the export's own labels suggest, in words; never set.
  public var polaritySuggestion: String?
}
