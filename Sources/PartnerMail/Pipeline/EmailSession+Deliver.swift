import IndicatorModel
import Mail

extension EmailSession {
  /// Reports the partners whose message could not be made, then sends the others (send → log,
  /// stopping when a record cannot be written) or writes them as drafts; each outcome is
  /// reported as soon as it is known.
  func deliver(
    _ messages: [(partner: Partner, message: Result<MailJob, EmailFailure>)],
    by delivery: Delivery, log: SendLog, progress: (EmailProgress) -> Void
  ) -> [MailOutcome] {
    var outcomes: [MailOutcome] = []
    var jobs: [MailJob] = []
    for (partner, message) in messages {
      switch message {
      case .success(let job):
        jobs.append(job)
      case .failure(let failure):
        outcomes.append(MailOutcome(group: partner.id, status: .failed(failure)))
        progress(.partner(outcomes[outcomes.count - 1]))
      }
    }
    guard let settings = delivery.settings else {
      for outcome in Mailer.writeDrafts(jobs, in: folder) {
        progress(.partner(outcome))
        outcomes.append(outcome)
      }
      return outcomes
    }
    let mailer = Mailer(
      transport: SMTPTransport(settings: settings), log: log, pack: pack.id, period: period,
      clock: request.clock)
    return outcomes + mailer.send(jobs, resend: request.resend) { progress(.partner($0)) }
  }
}
