import Foundation

/// How often an indicator is measured, and so how its period labels are written.
public enum Periodicity: String, CaseIterable, Sendable, Codable {
  /// `2013/14 Q4`: April–March years, Q1 = April–June.
  case financialQuarter = "financial-quarter"
  /// `2013/14`: April–March.
  case financialYear = "financial-year"
  /// `2013/14`: September–August.
  case academicYear = "academic-year"
  /// `2019`.
  case calendarYear = "calendar-year"
  /// `2019 Q3`: Q1 = January–March.
  case calendarQuarter = "calendar-quarter"
  /// `2019-09`.
  case month
  /// `2019-09-30`: weekly, snapshot or irregular series, ordered by date.
  case date

  /// How many periods make a year, for "the same period a year earlier"; nil for dated series.
  public var periodsPerYear: Int? {
    switch self {
    case .financialQuarter, .calendarQuarter: 4
    case .financialYear, .academicYear, .calendarYear: 1
    case .month: 12
    case .date: nil
    }
  }

  /// Whether the series is annual (the recent-trend test applies only to these).
  public var isAnnual: Bool { periodsPerYear == 1 }

  /// A label showing the format, for error messages.
  public var example: String {
    switch self {
    case .financialQuarter: "2013/14 Q4"
    case .financialYear, .academicYear: "2013/14"
    case .calendarYear: "2019"
    case .calendarQuarter: "2019 Q3"
    case .month: "2019-09"
    case .date: "2019-09-30"
    }
  }

  /// The word for one period, as a board member says it ("red for 6 quarters").
  public var unitName: (singular: String, plural: String) {
    switch self {
    case .financialQuarter, .calendarQuarter: ("quarter", "quarters")
    case .financialYear, .academicYear, .calendarYear: ("year", "years")
    case .month: ("month", "months")
    case .date: ("period", "periods")
    }
  }
}

/// A day of the calendar, for ordering periods of different periodicities.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let year: Int
  public let month: Int
  public let day: Int

  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// Days since 1970-01-01 (proleptic Gregorian), so dates can be counted and compared.
  public var dayNumber: Int {
    // Howard Hinnant's days_from_civil: exact for every Gregorian date, no Foundation calendar.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  /// The date for a day number (inverse of `dayNumber`).
  public init(dayNumber z0: Int) {
    let z = z0 + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
  }

  /// Whether year-month-day names a real day.
  public static func isValid(year: Int, month: Int, day: Int) -> Bool {
    guard (1...12).contains(month), day >= 1 else { return false }
    return day <= daysIn(year: year, month: month)
  }

  static func daysIn(year: Int, month: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// The last day of a month.
  public static func endOfMonth(year: Int, month: Int) -> CalendarDate {
    CalendarDate(year: year, month: month, day: daysIn(year: year, month: month))
  }

  public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
    (a.year, a.month, a.day) < (b.year, b.month, b.day)
  }

  /// ISO 8601, `2019-09-30`.
  public var description: String {
    func pad(_ n: Int, _ width: Int) -> String {
      let s = String(n)
      return String(repeating: "0", count: max(0, width - s.count)) + s
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }
}

/// One reporting period of a given periodicity, such as `2013/14 Q4` or `2019`.
///
/// Periods of one periodicity are ordered by `index`; periods of different periodicities are
/// compared by the day they end (`end`), which is how an annual series is read "at" a quarter.
public struct Period: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let periodicity: Periodicity
  /// A running number: quarters since year 0, the starting year, months since year 0, or days.
  public let index: Int

  public init(periodicity: Periodicity, index: Int) {
    self.periodicity = periodicity
    self.index = index
  }

  /// Reads a label written in the periodicity's format; nil when it does not fit.
  public init?(_ label: String, periodicity: Periodicity) {
    let text = label.trimmingSpaces()
    switch periodicity {
    case .financialQuarter:
      let parts = text.split(separator: " ", omittingEmptySubsequences: true)
      guard parts.count == 2, let start = Period.splitYear(String(parts[0])),
        let quarter = Period.quarter(String(parts[1]))
      else { return nil }
      self.init(periodicity: periodicity, index: start * 4 + quarter - 1)
    case .financialYear, .academicYear:
      guard let start = Period.splitYear(text) else { return nil }
      self.init(periodicity: periodicity, index: start)
    case .calendarYear:
      guard let year = Period.year(text) else { return nil }
      self.init(periodicity: periodicity, index: year)
    case .calendarQuarter:
      let parts = text.split(separator: " ", omittingEmptySubsequences: true)
      guard parts.count == 2, let year = Period.year(String(parts[0])),
        let quarter = Period.quarter(String(parts[1]))
      else { return nil }
      self.init(periodicity: periodicity, index: year * 4 + quarter - 1)
    case .month:
      let parts = text.split(separator: "-", omittingEmptySubsequences: false)
      guard parts.count == 2, let year = Period.year(String(parts[0])), parts[1].count == 2,
        let month = Int(parts[1]), (1...12).contains(month)
      else { return nil }
      self.init(periodicity: periodicity, index: year * 12 + month - 1)
    case .date:
      let parts = text.split(separator: "-", omittingEmptySubsequences: false)
      guard parts.count == 3, let year = Period.year(String(parts[0])), parts[1].count == 2,
        parts[2].count == 2, let month = Int(parts[1]), let day = Int(parts[2]),
        CalendarDate.isValid(year: year, month: month, day: day)
      else { return nil }
      self.init(
        periodicity: periodicity,
        index: CalendarDate(year: year, month: month, day: day).dayNumber)
    }
  }

  /// Reads a label in whichever periodicity it fits, trying the most specific first.
  /// A bare `2013/14` is ambiguous (financial or academic); it reads as financial.
  public init?(anyLabel label: String) {
    for periodicity in [
      Periodicity.financialQuarter, .calendarQuarter, .date, .month, .financialYear,
      .calendarYear,
    ] {
      if let period = Period(label, periodicity: periodicity) {
        self = period
        return
      }
    }
    return nil
  }

  /// The label as written in data files: `2013/14 Q4`, `2013/14`, `2019`, `2019 Q3`, …
  public var label: String {
    switch periodicity {
    case .financialQuarter:
      let start = Period.floorDiv(index, 4)
      return "\(Period.yearPair(start)) Q\(index - start * 4 + 1)"
    case .financialYear, .academicYear:
      return Period.yearPair(index)
    case .calendarYear:
      return String(index)
    case .calendarQuarter:
      let year = Period.floorDiv(index, 4)
      return "\(year) Q\(index - year * 4 + 1)"
    case .month:
      let year = Period.floorDiv(index, 12)
      return CalendarDate(year: year, month: index - year * 12 + 1, day: 1).description
        .dropLast(3).description
    case .date:
      return CalendarDate(dayNumber: index).description
    }
  }

  public var description: String { label }

  /// A filesystem-safe name: lower case, `/` and spaces as `-` (`2013/14 Q4` → `2013-14-q4`).
  public var slug: String {
    label.lowercased().map { $0 == "/" || $0 == " " ? "-" : String($0) }.joined()
  }

  /// The first day of the period.
  public var start: CalendarDate {
    switch periodicity {
    case .financialQuarter:
      let year = Period.floorDiv(index, 4)
      let month = 4 + (index - year * 4) * 3  // Q1 starts in April
      return month > 12
        ? CalendarDate(year: year + 1, month: month - 12, day: 1)
        : CalendarDate(year: year, month: month, day: 1)
    case .financialYear: return CalendarDate(year: index, month: 4, day: 1)
    case .academicYear: return CalendarDate(year: index, month: 9, day: 1)
    case .calendarYear: return CalendarDate(year: index, month: 1, day: 1)
    case .calendarQuarter:
      let year = Period.floorDiv(index, 4)
      return CalendarDate(year: year, month: (index - year * 4) * 3 + 1, day: 1)
    case .month:
      let year = Period.floorDiv(index, 12)
      return CalendarDate(year: year, month: index - year * 12 + 1, day: 1)
    case .date: return CalendarDate(dayNumber: index)
    }
  }

  /// The last day of the period; periods of different periodicities are compared by it.
  public var end: CalendarDate {
    switch periodicity {
    case .date: return start
    default:
      let next = Period(periodicity: periodicity, index: index + 1).start
      return CalendarDate(dayNumber: next.dayNumber - 1)
    }
  }

  /// The period before this one; nil for dated series, whose previous point is the data's.
  public var previous: Period? {
    periodicity == .date ? nil : Period(periodicity: periodicity, index: index - 1)
  }

  /// The same period a year earlier (4 quarters, 12 months, 1 year, or the same date).
  public var yearAgo: Period? {
    if let perYear = periodicity.periodsPerYear {
      return Period(periodicity: periodicity, index: index - perYear)
    }
    let day = CalendarDate(dayNumber: index)
    let earlier = CalendarDate(
      year: day.year - 1, month: day.month,
      day: min(day.day, CalendarDate.daysIn(year: day.year - 1, month: day.month)))
    return Period(periodicity: .date, index: earlier.dayNumber)
  }

  /// Orders periods of one periodicity by index, otherwise by end date.
  public static func < (a: Period, b: Period) -> Bool {
    if a.periodicity == b.periodicity { return a.index < b.index }
    return (a.end, a.periodicity.rawValue) < (b.end, b.periodicity.rawValue)
  }

  // MARK: Label parts

  /// `2013/14` → 2013; the second year must follow the first.
  static func splitYear(_ text: String) -> Int? {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let first = year(String(parts[0])), parts[1].count == 2,
      parts[1].allSatisfy(\.isASCIIDigit), let second = Int(parts[1]),
      second == (first + 1) % 100
    else { return nil }
    return first
  }

  static func year(_ text: String) -> Int? {
    guard text.count == 4, text.allSatisfy(\.isASCIIDigit), let year = Int(text),
      (1800...2999).contains(year)
    else { return nil }
    return year
  }

  static func quarter(_ text: String) -> Int? {
    guard text.count == 2, text.first == "Q" || text.first == "q", let q = Int(text.dropFirst()),
      (1...4).contains(q)
    else { return nil }
    return q
  }

  static func yearPair(_ start: Int) -> String {
    let next = (start + 1) % 100
    return "\(start)/\(next < 10 ? "0" : "")\(next)"
  }

  static func floorDiv(_ a: Int, _ b: Int) -> Int {
    a >= 0 ? a / b : -((-a + b - 1) / b)
  }
}

extension Character {
  var isASCIIDigit: Bool { isASCII && isNumber }
}
