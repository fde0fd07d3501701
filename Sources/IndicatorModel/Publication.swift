/// When an indicator's figures become available: a lag after each period ends, and/or the
/// publisher's own release dates (`published:` in the indicator's file; issue 20). A pack shows
/// each indicator's latest figure available by its as-at date (`Pack.documentDate`), so a board
/// meeting in March 2014 sees the 2012 conception rate that ONS published in February 2014, not
/// the 2013 rate it published in February 2015.
public struct Publication: Hashable, Sendable {
  /// Months after the end of a period until its figure is published; the figure is due at the
  /// end of that month.
  public var lagMonths: Int?
  /// Release dates known for particular periods; they win over the lag.
  public var releases: [Period: CalendarDate]

  public init(lagMonths: Int? = nil, releases: [Period: CalendarDate] = [:]) {
    self.lagMonths = lagMonths
    self.releases = releases
  }

  /// The day a period's figure is (or was) due: its release date, else the end of the month
  /// `lagMonths` after the period ends, else the day it ends.
  public func due(_ period: Period) -> CalendarDate {
    if let release = releases[period] { return release }
    guard let lagMonths else { return period.end }
    let months = period.end.year * 12 + (period.end.month - 1) + lagMonths
    return CalendarDate.endOfMonth(year: months / 12, month: months % 12 + 1)
  }
}
