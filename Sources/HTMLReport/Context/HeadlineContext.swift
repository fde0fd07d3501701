/// The counts at the top of the page.
public struct HeadlineContext: Sendable {
  /// One sentence: `14 measures: 3 red, 1 amber, 5 green, 5 with no target. 4 need the board's
  /// attention.`
  public var sentence: String
  /// How many indicators: `14`.
  public var indicators: Int
  /// How many exceptions: `4`.
  public var exceptions: Int
  /// `exception` or `exceptions`, to follow the number.
  public var exceptionsLabel: String
  /// `4 measures need the board's attention; they come first, most severe first.`
  public var exceptionsSentence: String
  /// Red, amber, green and no target, in that order, with their counts.
  public var statuses: [StatusCount]
  /// When the latest figures are from: one line per period, latest first.
  public var dataAsAt: [DataAsAt]
}

/// How many indicators have one target status.
public struct StatusCount: Sendable {
  /// `red`, `amber`, `green` or `none` (for CSS classes).
  public var status: String
  /// `R`, `A`, `G` or `–`.
  public var letter: String
  /// `Red`, `Amber`, `Green`, `No target`.
  public var label: String
  /// `3`.
  public var count: Int
  /// `measure` or `measures`.
  public var countLabel: String
}

/// The indicators whose latest figure is for one period.
public struct DataAsAt: Sendable {
  /// `2013/14 Q4`.
  public var label: String
  /// `9`.
  public var count: Int
  /// `measure` or `measures`.
  public var countLabel: String
}

/// Scorecard headings that depend on the pack.
public struct ScorecardContext: Sendable {
  /// The national comparator's name: `England`.
  public var nationalName: String
  /// The first comparator group's name: `Statistical neighbours`.
  public var groupName: String
}
