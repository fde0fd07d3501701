import Foundation
import IndicatorModel

/// Sends a batch of partner messages through a transport, recording each in the send log.
///
/// One partner's failure never stops the others (design §6.5). A partner already in the log for
/// this pack and period is skipped unless `resend` is asked, so a re-run after a failure sends
/// only what did not go out.
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
  /// - Parameters:
  ///   - resend: send even partners the log says were already sent.
  ///   - progress: called after each job, e.g. to print a line.
  public func send(
    _ jobs: [MailJob], resend: Bool = false, progress: (PartnerOutcome) -> Void = { _ in }
  ) -> [PartnerOutcome] {
    jobs.map { job in
      let outcome = PartnerOutcome(partner: job.partner, status: status(of: job, resend: resend))
      progress(outcome)
      return outcome
    }
  }

  private func status(of job: MailJob, resend: Bool) -> PartnerOutcome.Status {
    do {
      if !resend,
        let record = try log.record(partner: job.partner, pack: pack, period: period.label)
      {
        return .alreadySent(record)
      }
      let encoded = try job.message.encoded()
      try transport.deliver(encoded)
      let record = SendRecord(
        pack: pack, period: period.label, partner: job.partner, recipients: encoded.recipients,
        messageID: encoded.messageID,
        attachments: job.message.attachments.map {
          SendRecord.Attachment(fileName: $0.fileName, sha256: $0.sha256)
        }, sentAt: clock())
      do {
        try log.append(record)
        return .sent(record)
      } catch {
        return .sentNotLogged(record, error)
      }
    } catch {
      return .failed(error)
    }
  }

  /// Writes each job's message to `folder/<partner>.eml` and sends nothing (`--dry-run`).
  ///
  /// Partner ids are `[a-z0-9-]+` in a valid pack; any other character is replaced so the file
  /// stays inside the folder.
  public static func writeDrafts(_ jobs: [MailJob], to folder: URL) -> [PartnerOutcome] {
    jobs.map { job in
      let name = String(
        job.partner.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") ? $0 : "_" })
      let url = folder.appendingPathComponent("\(name).eml")
      do {
        try job.message.encoded().writeEML(to: url)
        return PartnerOutcome(partner: job.partner, status: .written(path: url.path))
      } catch {
        return PartnerOutcome(partner: job.partner, status: .failed(error))
      }
    }
  }
}
