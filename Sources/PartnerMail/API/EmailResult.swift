import Mail

/// What `boardpack email` did: one outcome per partner, and the closing count.
public struct EmailResult: Sendable {
  /// One outcome per partner: first those whose message could not be made, then the others in
  /// partners.yaml's order.
  public var outcomes: [MailOutcome]
  /// The server and sender the messages went through; nil for a dry run.
  public var settings: SMTPSettings?

  /// A result; see the properties.
  public init(outcomes: [MailOutcome], settings: SMTPSettings?) {
    self.outcomes = outcomes
    self.settings = settings
  }

  /// Whether every partner's message went, was already sent, or was written.
  public var succeeded: Bool { !outcomes.contains(where: \.isFailure) }

  /// The closing line: `3 of 4 partners sent or already sent; 1 failed (smtp://…)`.
  public var summary: String {
    var failed = 0
    var notRecorded = 0
    var stopped = 0
    for outcome in outcomes {
      switch outcome.status {
      case .failed: failed += 1
      case .sentNotLogged: notRecorded += 1
      case .stopped: stopped += 1
      case .sent, .alreadySent, .written: break
      }
    }
    let good = outcomes.count - failed - notRecorded - stopped
    let verb = settings == nil ? "written" : "sent or already sent"
    var line = "\(good) of \(outcomes.count) partner\(outcomes.count == 1 ? "" : "s") \(verb)"
    if failed > 0 { line += "; \(failed) failed" }
    if notRecorded > 0 { line += "; \(notRecorded) sent but not recorded in the send log" }
    if stopped > 0 { line += "; \(stopped) not sent because sending stopped" }
    return line + (settings.map { " (\($0))" } ?? "")
  }
}
