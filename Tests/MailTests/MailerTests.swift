import Foundation
import IndicatorModel
import MailTestSupport
import Testing

@testable import Mail

/// Batches through a real SMTP server: one partner's failure, then a re-run that sends the rest.
@Suite(.timeLimit(.minutes(1))) struct MailerTests {
  static let period = Period("2013/14 Q4", periodicity: .financialQuarter)!
  static let sentAt = Date(timeIntervalSince1970: 1_404_122_400)

  static let partners: [(id: String, address: String)] = [
    ("health", "a.example@nhs.example"), ("police", "jo.smith@police.example"),
    ("schools", "head@school.example"),
  ]

  static let jobs = partners.map { partner in
    MailJob(
      group: partner.id,
      message: SampleMessages.message(
        to: [Mailbox(address: partner.address)], fileName: "\(partner.id).pdf"))
  }

  static func mailer(port: Int, log: SendLog) -> Mailer {
    Mailer(
      transport: SMTPTransport(settings: SMTPDeliveryTests.settings(port: port)), log: log,
      pack: "stockport-childrens-trust", period: period, clock: { sentAt })
  }

  static func statuses(_ outcomes: [MailOutcome]) -> [String] {
    outcomes.map { outcome in
      switch outcome.status {
      case .sent: "\(outcome.group) sent"
      case .alreadySent: "\(outcome.group) already sent"
      case .written: "\(outcome.group) written"
      case .failed(let error as SMTPError): "\(outcome.group) failed \(error.kind.rawValue)"
      case .failed(let error): "\(outcome.group) failed \(error)"
      case .sentNotLogged: "\(outcome.group) sent, not logged"
      case .stopped(let after): "\(outcome.group) stopped after \(after)"
      }
    }
  }

  @Test func resumeAfterAFailureSendsOnlyTheRest() throws {
    let folder = try Fixtures.temporaryFolder("mailer")
    defer { try? FileManager.default.removeItem(at: folder) }
    let log = SendLog(url: folder.appendingPathComponent("send-log.jsonl"))

    let first = try SMTPTestServer(["--refuse", "jo.smith@police.example"])
    defer { first.stop() }
    var reported: [String] = []
    let outcomes = Self.mailer(port: first.port, log: log).send(Self.jobs) {
      reported.append($0.group)
    }
    #expect(
      Self.statuses(outcomes) == [
        "health sent", "police failed recipient-rejected", "schools sent",
      ])
    #expect(reported == ["health", "police", "schools"])
    #expect(outcomes.map(\.isFailure) == [false, true, false])
    #expect(try first.messages().count == 2)
    #expect(try log.records().map(\.group) == ["health", "schools"])

    // The re-run, once the server accepts the police address: only police goes out.
    let second = try SMTPTestServer()
    defer { second.stop() }
    let rerun = Self.mailer(port: second.port, log: log).send(Self.jobs)
    #expect(
      Self.statuses(rerun) == ["health already sent", "police sent", "schools already sent"])
    let received = try second.messages()
    try #require(received.count == 1)
    #expect(try second.envelope(of: received[0]).rcpt_tos == ["jo.smith@police.example"])
    let parsed = try ParsedMessage.read(received[0])
    #expect(parsed.attachments.first?.filename == "police.pdf")

    let records = try log.records()
    #expect(records.map(\.group) == ["health", "schools", "police"])
    let police = try #require(records.last)
    #expect(police.recipients == ["jo.smith@police.example"])
    #expect(police.messageID == parsed.message_id)
    #expect(
      police.attachments == [
        .init(
          fileName: "police.pdf",
          sha256: MailAttachment(fileName: "police.pdf", data: SampleMessages.pdf).sha256)
      ])
    #expect(police.sentAt == Self.sentAt)
    #expect(police.period == "2013/14 Q4")
  }

  @Test func resendSendsEverythingAgain() throws {
    let folder = try Fixtures.temporaryFolder("mailer")
    defer { try? FileManager.default.removeItem(at: folder) }
    let log = SendLog(url: folder.appendingPathComponent("send-log.jsonl"))
    let server = try SMTPTestServer()
    defer { server.stop() }
    let mailer = Self.mailer(port: server.port, log: log)
    _ = mailer.send(Self.jobs)
    let again = mailer.send(Self.jobs, resend: true)
    #expect(Self.statuses(again) == ["health sent", "police sent", "schools sent"])
    _ = mailer.send(Self.jobs, resend: true)
    #expect(try server.messages().count == 9)
    let records = try log.records()
    #expect(records.count == 9)
    // A deliberate resend is a new message: every Message-ID differs from the ones before.
    #expect(Set(records.map(\.messageID)).count == 9)
  }

  @Test func aMessageThatCannotBeBuiltDoesNotStopTheOthers() throws {
    let folder = try Fixtures.temporaryFolder("mailer")
    defer { try? FileManager.default.removeItem(at: folder) }
    let log = SendLog(url: folder.appendingPathComponent("send-log.jsonl"))
    let server = try SMTPTestServer()
    defer { server.stop() }
    var jobs = Self.jobs
    jobs[0].message.subject = "Q4\r\nBcc: everyone@example.org"
    let outcomes = Self.mailer(port: server.port, log: log).send(jobs)
    #expect(outcomes[0].isFailure)
    #expect(
      outcomes[0].summary.hasPrefix(
        "health: not sent: the subject \"Q4\\r\\nBcc: everyone@example.org\""))
    #expect(Self.statuses(Array(outcomes.dropFirst())) == ["police sent", "schools sent"])
    #expect(try server.messages().count == 2)
  }

  @Test func aServerThatIsDownFailsEveryPartnerAndLogsNothing() throws {
    let folder = try Fixtures.temporaryFolder("mailer")
    defer { try? FileManager.default.removeItem(at: folder) }
    let log = SendLog(url: folder.appendingPathComponent("send-log.jsonl"))
    let outcomes = Self.mailer(port: try SMTPTestServer.closedPort(), log: log).send(Self.jobs)
    #expect(
      Self.statuses(outcomes) == [
        "health failed connection-failed", "police failed connection-failed",
        "schools failed connection-failed",
      ])
    #expect(try log.records() == [])
  }

  /// A log at `/dev/full`: every write fails with ENOSPC, as on a full disk.
  static func fullLog(in folder: URL) throws -> SendLog {
    let url = folder.appendingPathComponent("sent.jsonl")
    try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: "/dev/full")
    return SendLog(url: url)
  }

  @Test func aRecordThatCannotBeWrittenStopsTheBatch() throws {
    let folder = try Fixtures.temporaryFolder("mailer")
    defer { try? FileManager.default.removeItem(at: folder) }
    let server = try SMTPTestServer()
    defer { server.stop() }
    let outcomes = Self.mailer(port: server.port, log: try Self.fullLog(in: folder))
      .send(Self.jobs)
    #expect(
      Self.statuses(outcomes) == [
        "health sent, not logged", "police stopped after health", "schools stopped after health",
      ])
    #expect(outcomes.map(\.isFailure) == [true, true, true])
    #expect(try server.messages().count == 1)
    let summary = outcomes[0].summary
    #expect(summary.contains("sent.jsonl: error: cannot write: No space left on device"))
    #expect(summary.contains("sending stopped"))
    #expect(summary.contains("add this line to the send log: {\"attachments\":"))
    #expect(
      outcomes[1].summary
        == "police: not sent: sending stopped because the send log could not record health's message; run again once the log can be written"
    )
  }

  @Test func aLogThatCannotBeReadSendsNothing() throws {
    let folder = try Fixtures.temporaryFolder("mailer")
    defer { try? FileManager.default.removeItem(at: folder) }
    let log = SendLog(url: folder.appendingPathComponent("sent.jsonl"))
    try Data("not a record\n".utf8).write(to: log.url)
    let server = try SMTPTestServer()
    defer { server.stop() }
    let outcomes = Self.mailer(port: server.port, log: log).send(Self.jobs)
    #expect(outcomes.map(\.isFailure) == [true, true, true])
    #expect(outcomes[0].summary.contains("sent.jsonl:1: error: this line of the send log"))
    #expect(try server.messages().isEmpty)
  }

  @Test func aRecordInALegacyLogCountsAsSent() throws {
    let folder = try Fixtures.temporaryFolder("mailer")
    defer { try? FileManager.default.removeItem(at: folder) }
    let old = SendLog(url: folder.appendingPathComponent("old/sent.jsonl"))
    try old.append(SendLogTests.record("police"))
    let log = SendLog(url: folder.appendingPathComponent("new/sent.jsonl"), legacy: [old.url])
    let server = try SMTPTestServer()
    defer { server.stop() }
    let outcomes = Self.mailer(port: server.port, log: log).send(Self.jobs)
    #expect(Self.statuses(outcomes) == ["health sent", "police already sent", "schools sent"])
    #expect(try server.messages().count == 2)
    // Written only to the new log.
    #expect(try SendLog(url: log.url).records().map(\.group) == ["health", "schools"])
    #expect(try old.records().map(\.group) == ["police"])
  }

  /// The server takes the message, then answers DATA after the client's time limit: the send
  /// fails with nothing recorded, though the message arrived. The automatic re-run sends it
  /// again with the same Message-ID, so the receiver can drop the copy; `--resend` does not.
  @Test func aReRunAfterATimeOutSendsTheSameMessageID() throws {
    let folder = try Fixtures.temporaryFolder("mailer")
    defer { try? FileManager.default.removeItem(at: folder) }
    let log = SendLog(url: folder.appendingPathComponent("sent.jsonl"))
    let health = [Self.jobs[0]]

    let slow = try SMTPTestServer(["--delay-data", "4"])
    defer { slow.stop() }
    var settings = SMTPDeliveryTests.settings(port: slow.port)
    settings.timeout = .seconds(1)
    let timedOut = Mailer(
      transport: SMTPTransport(settings: settings), log: log, pack: "stockport-childrens-trust",
      period: Self.period, clock: { Self.sentAt }
    ).send(health)
    #expect(Self.statuses(timedOut) == ["health failed timed-out"])
    #expect(try log.records().isEmpty)
    let first = try slow.messages()
    try #require(first.count == 1)
    let firstID = try ParsedMessage.read(first[0]).message_id

    let server = try SMTPTestServer()
    defer { server.stop() }
    let mailer = Self.mailer(port: server.port, log: log)
    #expect(Self.statuses(mailer.send(health)) == ["health sent"])
    #expect(Self.statuses(mailer.send(health, resend: true)) == ["health sent"])
    let received = try server.messages()
    try #require(received.count == 2)
    #expect(try ParsedMessage.read(received[0]).message_id == firstID)
    #expect(try ParsedMessage.read(received[1]).message_id != firstID)
    #expect(
      try log.records().map(\.messageID) == [
        firstID, try ParsedMessage.read(received[1]).message_id,
      ])
  }
}
