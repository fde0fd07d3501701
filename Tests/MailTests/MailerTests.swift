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
      partner: partner.id,
      message: SampleMessages.message(
        to: [Mailbox(address: partner.address)], fileName: "\(partner.id).pdf"))
  }

  static func mailer(port: Int, log: SendLog) -> Mailer {
    Mailer(
      transport: SMTPTransport(settings: SMTPDeliveryTests.settings(port: port)), log: log,
      pack: "stockport-childrens-trust", period: period, clock: { sentAt })
  }

  static func statuses(_ outcomes: [PartnerOutcome]) -> [String] {
    outcomes.map { outcome in
      switch outcome.status {
      case .sent: "\(outcome.partner) sent"
      case .alreadySent: "\(outcome.partner) already sent"
      case .written: "\(outcome.partner) written"
      case .failed(let error as SMTPError): "\(outcome.partner) failed \(error.kind.rawValue)"
      case .failed(let error): "\(outcome.partner) failed \(error)"
      case .sentNotLogged: "\(outcome.partner) sent, not logged"
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
      reported.append($0.partner)
    }
    #expect(
      Self.statuses(outcomes) == [
        "health sent", "police failed recipient-rejected", "schools sent",
      ])
    #expect(reported == ["health", "police", "schools"])
    #expect(outcomes.map(\.isFailure) == [false, true, false])
    #expect(try first.messages().count == 2)
    #expect(try log.records().map(\.partner) == ["health", "schools"])

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
    #expect(records.map(\.partner) == ["health", "schools", "police"])
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
    #expect(try server.messages().count == 6)
    #expect(try log.records().count == 6)
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
}
