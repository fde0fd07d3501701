import Foundation
import IndicatorModel

/// Sends a batch of messages through a transport, recording each in the send log.
///
/// A recipient group already in the log for this pack and period is skipped unless `resend` is
/// asked, so a re-run after a failure sends only what did not go out. One message's failure to
/// send never stops the others (design §6.5), but a record that cannot be written does: each
/// record is on disk before the next message is sent, so the log never falls more than one
/// message behind what was sent.
public struct Mailer: Sendable {
  /// How messages leave: `SMTPTransport` for real.
  public var transport: any MailTransport
  /// Where sent messages are recorded.
  public var log: SendLog
  /// The pack's id, recorded with each message.
  public var pack: String
  /// The reporting period, recorded with each message.
  public var period: Period
  /// The time to record for a send; a parameter so tests are deterministic.
  public var clock: @Sendable () -> Date

  /// A mailer; see the properties.
  public init(
    transport: any MailTransport, log: SendLog, pack: String, period: Period,
    clock: @escaping @Sendable () -> Date = { Date() }
  ) {
    self.transport = transport
    self.log = log
    self.pack = pack
    self.period = period
    self.clock = clock
  }

  /// Sends each job in order and returns one outcome per job, in the same order.
  ///
  /// When the log cannot be read, nothing is sent (nobody could tell what was). When a record
  /// cannot be written, that message is `sentNotLogged` and every later one `stopped`.
  /// - Parameters:
  ///   - resend: send even groups the log says were already sent, each as a new message.
  ///   - progress: called after each job, e.g. to print a line.
  public func send(
    _ jobs: [MailJob], resend: Bool = false, progress: (MailOutcome) -> Void = { _ in }
  ) -> [MailOutcome] {
    var history: [SendRecord]
    var stoppedAfter: String?
    do {
      history = try log.records()
    } catch {
      return jobs.map { job in
        let outcome = MailOutcome(group: job.group, status: .failed(error))
        progress(outcome)
        return outcome
      }
    }
    var outcomes: [MailOutcome] = []
    for job in jobs {
      let status: MailOutcome.Status
      if let stoppedAfter {
        status = .stopped(after: stoppedAfter)
      } else {
        status = self.status(of: job, resend: resend, history: &history)
        if case .sentNotLogged = status { stoppedAfter = job.group }
      }
      let outcome = MailOutcome(group: job.group, status: status)
      progress(outcome)
      outcomes.append(outcome)
    }
    return outcomes
  }

  /// What the message's `Message-ID` is derived from; `resend` is the number of records the log
  /// already has for the group when this is a deliberate resend, else nil.
  public func identity(of job: MailJob, resend: Int? = nil) -> MessageIdentity {
    Self.identity(of: job, pack: pack, period: period, resend: resend)
  }

  static func identity(of job: MailJob, pack: String, period: Period, resend: Int?)
    -> MessageIdentity
  {
    MessageIdentity(
      pack: pack, period: period.label, group: job.group,
      attachments: job.message.attachments.map(\.sha256), resend: resend)
  }

  private func status(of job: MailJob, resend: Bool, history: inout [SendRecord])
    -> MailOutcome.Status
  {
    let earlier = history.filter {
      $0.group == job.group && $0.pack == pack && $0.period == period.label
    }
    if !resend, let record = earlier.last { return .alreadySent(record) }
    let identity = identity(of: job, resend: resend ? earlier.count : nil)
    let encoded: EncodedMessage
    do {
      encoded = try job.message.encoded(identity: identity)
      try transport.deliver(encoded)
    } catch {
      return .failed(error)
    }
    let record = SendRecord(
      pack: pack, period: period.label, group: job.group, recipients: encoded.recipients,
      messageID: encoded.messageID,
      attachments: zip(job.message.attachments, identity.attachments).map {
        SendRecord.Attachment(fileName: $0.fileName, sha256: $1)
      }, sentAt: clock())
    do {
      try log.append(record)
      history.append(record)
      return .sent(record)
    } catch {
      return .sentNotLogged(record, error)
    }
  }

  /// Writes each job's message to its draft in `folder` and sends nothing (`--dry-run`).
  ///
  /// Each draft has the `Message-ID` a first send of it would have.
  public static func writeDrafts(_ jobs: [MailJob], in folder: SendFolder) -> [MailOutcome] {
    jobs.map { job in
      let path = folder.draft(group: job.group)
      let identity = identity(of: job, pack: folder.pack, period: folder.period, resend: nil)
      do {
        try job.message.encoded(identity: identity).writeEML(to: path)
        return MailOutcome(group: job.group, status: .written(path: path))
      } catch {
        return MailOutcome(group: job.group, status: .failed(error))
      }
    }
  }
}
