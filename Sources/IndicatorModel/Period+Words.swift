extension CalendarDate {
  /// The date as a UK reader writes it: "31 March 2014".
  public var inWords: String {
    return "\(day) \(Self.months[max(0, min(11, month - 1))]) \(year)"
  }

  /// The month as a UK reader writes it: "February 2015".
  public var monthInWords: String { "\(Self.months[max(0, min(11, month - 1))]) \(year)" }

  static let months = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]
}

extension Period {
  /// The label a reader sees: a snapshot date in words ("31 March 2014"), else the label
  /// ("2013/14 Q4", "2012/13").
  public var shownLabel: String {
    periodicity == .date ? start.inWords : label
  }
}
