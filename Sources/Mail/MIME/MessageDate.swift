import Foundation

/// The RFC 5322 `Date:` form, `Mon, 30 Jun 2014 09:00:00 +0000`, always in UTC.
///
/// Built from calendar components rather than a DateFormatter so the output never depends on the
/// machine's locale or time zone.
enum MessageDate {
  private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
  private static let months = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  static func format(_ date: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let parts = calendar.dateComponents(
      [.weekday, .day, .month, .year, .hour, .minute, .second], from: date)
    func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
    return
      "\(weekdays[(parts.weekday ?? 1) - 1]), \(parts.day ?? 1) \(months[(parts.month ?? 1) - 1]) "
      + "\(String(format: "%04d", parts.year ?? 1970)) \(two(parts.hour)):\(two(parts.minute)):"
      + "\(two(parts.second)) +0000"
  }
}
