/// What happened to one message in a batch, named by its recipient group (`MailJob.group`).
public struct MailOutcome: Sendable {
  /// How it ended.
  public enum Status: Sendable {
    /// The server accepted it and the log records it.
    case sent(SendRecord)
    /// The log already had it for this pack and period, so it was not sent again.
    case alreadySent(SendRecord)
    /// Written as a `.eml` file (dry run); nothing was sent.
    case written(path: String)
    /// Not sent: the message could not be built, or the server refused it.
    case failed(any Error & Sendable)
    /// Sent, but the log could not record it: a re-run would send it again. The batch stops.
    case sentNotLogged(SendRecord, any Error & Sendable)
    /// Not sent, because the log could not record an earlier group's message (`after`).
    case stopped(after: String)
  }

  /// The recipient group's id, e.g. `health`.
  public var group: String
  /// How it ended.
  public var status: Status

  /// An outcome.
  public init(group: String, status: Status) {
    self.group = group
    self.status = status
  }

  /// Whether the batch should report this message as a failure.
  public var isFailure: Bool {
    switch status {
    case .failed, .sentNotLogged, .stopped: return true
    case .sent, .alreadySent, .written: return false
    }
  }

  /// One line for the terminal, e.g. `health: sent to a@nhs.example (<...>)`.
  public var summary: String {
    switch status {
    case .sent(let record):
      return
        "\(group): sent to \(record.recipients.joined(separator: ", ")) (\(record.messageID))"
    case .alreadySent(let record):
      return "\(group): already sent at \(record.sentAt.formatted(.iso8601)); not sent again"
    case .written(let path):
      return "\(group): wrote \(path)"
    case .failed(let error):
      return "\(group): not sent: \(error)"
    case .sentNotLogged(let record, let error):
      return
        "\(group): sent to \(record.recipients.joined(separator: ", ")) (\(record.messageID)), "
        + "but the send log could not record it, so sending stopped: \(error). Until it is "
        + "recorded, a re-run sends \(group) again, with the same Message-ID so that mail "
        + "systems which de-duplicate drop the copy; to record it instead, add this line to the "
        + "send log: \(SendLog.line(for: record))"
    case .stopped(let after):
      return
        "\(group): not sent: sending stopped because the send log could not record \(after)'s message; run again once the log can be written"
    }
  }
}
