import IndicatorModel

/// Fingertips period labels in the pack's terms: `2023/24` (financial year), `2019` (calendar
/// year), `2022/23 Q1`, `Apr 2022` or `April 2022` (month), with `Time period Sortable`
/// (year × 10000 + quarter × 100 + month) read where the label alone does not say.
enum FingertipsPeriod {
  /// The period in the indicator's periodicity, or nil when the label does not fit it.
  static func period(label: String, sortable: String?, periodicity: Periodicity) -> Period? {
    if let period = Period(label, periodicity: periodicity) { return period }
    if periodicity == .month, let period = monthName(label) { return period }
    // A label that is a period of another periodicity (a financial year for a calendar-year
    // indicator) is a mismatch, never re-read through the sortable number.
    if Period(anyLabel: label) != nil { return nil }
    guard let sortable, let number = Int(sortable.trimmingCharacters(in: .whitespaces)),
      number > 0
    else { return nil }
    let year = number / 10000
    let quarter = (number / 100) % 100
    let month = number % 100
    guard (1800...2999).contains(year) else { return nil }
    switch periodicity {
    case .financialYear, .academicYear, .calendarYear:
      return quarter == 0 && month == 0 ? Period(periodicity: periodicity, index: year) : nil
    case .financialQuarter, .calendarQuarter:
      return (1...4).contains(quarter) && month == 0
        ? Period(periodicity: periodicity, index: year * 4 + quarter - 1) : nil
    case .month:
      return (1...12).contains(month)
        ? Period(periodicity: .month, index: year * 12 + month - 1) : nil
    case .date:
      return nil
    }
  }

  /// `Apr 2022`, `April 2022`.
  static func monthName(_ label: String) -> Period? {
    let parts = label.split(separator: " ", omittingEmptySubsequences: true)
    guard parts.count == 2, let year = Int(parts[1]), (1800...2999).contains(year) else {
      return nil
    }
    let name = parts[0].lowercased()
    guard name.count >= 3,
      let index = months.firstIndex(where: { $0.hasPrefix(name) && (name.count == 3 || $0 == name) }
      )
    else { return nil }
    return Period(periodicity: .month, index: year * 12 + index)
  }

  private static let months = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
  ]

  /// The periodicity a label is written in, for a new indicator: `2023/24` is read as a
  /// financial year (Fingertips' usual), `2019` as a calendar year.
  static func periodicity(of label: String) -> Periodicity? {
    if monthName(label) != nil { return .month }
    return Period(anyLabel: label)?.periodicity
  }
}
