import Foundation

/// The process that holds a send folder's lock, as the lock file records it.
public struct SendLockHolder: Codable, Hashable, Sendable {
  /// What the holder is doing, for the message of a run that finds the folder locked.
  public enum Activity: String, Codable, Hashable, Sendable {
    /// Sending a batch of messages.
    case sending
    /// Writing `.eml` drafts (`--dry-run`).
    case drafting
  }

  /// The holder's process id.
  public var pid: Int32
  /// When the holder started.
  public var started: Date
  /// The reporting period's label: `2013/14 Q4`.
  public var period: String
  /// What it is doing.
  public var activity: Activity

  /// A holder; see the properties.
  public init(pid: Int32, started: Date, period: String, activity: Activity) {
    self.pid = pid
    self.started = started
    self.period = period
    self.activity = activity
  }

  /// This process, started now (to the second, as the lock file records it).
  public static func current(period: String, activity: Activity) -> SendLockHolder {
    SendLockHolder(
      pid: getpid(),
      started: Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down)),
      period: period, activity: activity)
  }

  /// Whether the process exists (signal 0 checks without sending anything).
  var isRunning: Bool {
    kill(pid, 0) == 0 || errno == EPERM
  }

  /// `16:40:02` today, else `2014-06-30 16:40:02`, in the machine's time zone.
  public var startedText: String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = .current
    let today = Calendar.current.isDateInToday(started)
    formatter.dateFormat = today ? "HH:mm:ss" : "yyyy-MM-dd HH:mm:ss"
    return formatter.string(from: started)
  }
}
