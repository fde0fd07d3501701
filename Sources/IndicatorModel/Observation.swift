/// The publication status of one figure.
public enum ObservationStatus: String, CaseIterable, Sendable, Codable {
  case provisional
  case revised
  case suppressed
}

/// One figure: an indicator's value for one area in one period, as read from the data.
///
/// The value may be given, or computed by the analysis from numerator and denominator; the
/// interval may be supplied (published) or computed.
public struct Observation: Hashable, Sendable {
  public var indicator: String
  public var period: Period
  /// An area code from pack.yaml.
  public var area: String
  public var value: Double?
  public var numerator: Double?
  public var denominator: Double?
  /// A published 95% interval.
  public var lowerCI: Double?
  public var upperCI: Double?
  public var status: ObservationStatus?
  /// Shown as a footnote.
  public var note: String?
  /// When the board could first have this figure (the CSV's `published` column): for a figure
  /// that reached a board before its publisher released it, such as a local audit quoted in the
  /// minutes. Nil means the indicator's `published:` schedule decides.
  public var published: CalendarDate?
  /// The CSV row it came from.
  public var location: SourceLocation?

  public init(
    indicator: String, period: Period, area: String, value: Double? = nil,
    numerator: Double? = nil, denominator: Double? = nil, lowerCI: Double? = nil,
    upperCI: Double? = nil, status: ObservationStatus? = nil, note: String? = nil,
    location: SourceLocation? = nil
  ) {
    self.indicator = indicator
    self.period = period
    self.area = area
    self.value = value
    self.numerator = numerator
    self.denominator = denominator
    self.lowerCI = lowerCI
    self.upperCI = upperCI
    self.status = status
    self.note = note
    self.location = location
  }
}
