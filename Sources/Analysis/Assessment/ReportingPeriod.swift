import IndicatorModel

extension Period {
  /// The latest period of a periodicity that ends on or before a day: how an annual or
  /// quarterly series is read at the pack's reporting period. Nil for dated series, whose
  /// periods are the data's own dates.
  public static func latest(_ periodicity: Periodicity, endingOnOrBefore day: CalendarDate)
    -> Period?
  {
    let y = day.year
    let m = day.month
    let index: Int
    switch periodicity {
    case .financialQuarter:
      let start = m >= 4 ? y : y - 1
      index = start * 4 + ((m + 8) % 12) / 3
    case .financialYear: index = m >= 4 ? y : y - 1
    case .academicYear: index = m >= 9 ? y : y - 1
    case .calendarYear: index = y
    case .calendarQuarter: index = y * 4 + (m - 1) / 3
    case .month: index = y * 12 + m - 1
    case .date: return nil
    }
    // The period containing the day ends on or after it; step back unless it ends that day.
    let containing = Period(periodicity: periodicity, index: index)
    return containing.end <= day ? containing : Period(periodicity: periodicity, index: index - 1)
  }
}
