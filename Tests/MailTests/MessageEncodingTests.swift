import Foundation
import IndicatorModel
import MailTestSupport
import Testing

@testable import Mail

/// The MIME message as Python's email package reads it back: headers, both bodies, attachment.
@Suite struct MessageEncodingTests {
  @Test func pythonReadsBackEveryPart() throws {
    let encoded = try SampleMessages.message().encoded()
    let parsed = try ParsedMessage.read(encoded.bytes)
    #expect(parsed.subject == SampleMessages.subject)
    #expect(parsed.from_names == ["Stockport Performance"])
    #expect(parsed.from_addresses == ["ppu@stockport.example"])
    #expect(parsed.to_names == ["Dr A. Example"])
    #expect(parsed.to_addresses == ["a.example@nhs.example"])
    #expect(parsed.date == "Mon, 30 Jun 2014 09:00:00 +0000")
    #expect(parsed.message_id == encoded.messageID)
    #expect(parsed.mime_version == "1.0")
    #expect(parsed.content_type == "multipart/mixed")
    #expect(
      parsed.parts == [
        "multipart/mixed", "multipart/alternative", "text/plain", "text/html", "application/pdf",
      ])
    // Python's reader turns CRLF into LF; the text itself must be unchanged.
    #expect(parsed.text == SampleMessages.text)
    #expect(parsed.html == SampleMessages.html)
    #expect(parsed.attachments.count == 1)
    #expect(parsed.attachments.first?.filename == "health.pdf")
    #expect(parsed.attachments.first?.disposition == "attachment")
    #expect(parsed.attachments.first?.content_type == "application/pdf")
    #expect(
      parsed.attachments.first.flatMap { Data(base64Encoded: $0.base64) } == SampleMessages.pdf)
    #expect(parsed.defects == [])
  }

  @Test func linesAreCRLFAndShort() throws {
    let parsed = try ParsedMessage.read(try SampleMessages.message().encoded().bytes)
    #expect(parsed.crlf_only)
    #expect(parsed.max_line_length <= 78)
    #expect(parsed.max_header_line_length <= 78)
  }

  @Test func sameInputsGiveSameBytes() throws {
    let first = try SampleMessages.message().encoded()
    let second = try SampleMessages.message().encoded()
    #expect(first == second)
    #expect(first.messageID.hasPrefix("<boardpack."))
    #expect(first.messageID.hasSuffix("@stockport.example>"))
    let other = try SampleMessages.message(to: [Mailbox(address: "b@nhs.example")]).encoded()
    #expect(other.messageID != first.messageID)
  }

  @Test(arguments: [
    // (display name, how Python reads it back)
    ("Smith, Jo", "Smith, Jo"),
    ("Dr A. Example", "Dr A. Example"),
    ("O'Neil \"the chair\"", "O'Neil \"the chair\""),
    ("Back\\slash", "Back\\slash"),
    ("Zoë Łukasz", "Zoë Łukasz"),
    ("=?UTF-8?B?ZXZpbA==?=", "=?UTF-8?B?ZXZpbA==?="),
    (
      "A very long display name for the Stockport Children's Trust Board members list",
      "A very long display name for the Stockport Children's Trust Board members list"
    ),
  ])
  func displayNamesSurvive(name: String, expected: String) throws {
    let message = SampleMessages.message(to: [
      Mailbox(name: name, address: "jo@example.org"), Mailbox(address: "second@example.org"),
    ])
    let parsed = try ParsedMessage.read(try message.encoded().bytes)
    #expect(parsed.to_names == [expected, ""])
    #expect(parsed.to_addresses == ["jo@example.org", "second@example.org"])
    #expect(parsed.max_header_line_length <= 78)
    #expect(parsed.defects == [])
  }

  @Test(arguments: [
    "Plain ASCII subject",
    SampleMessages.subject,
    "Ünïcödé everywhere — 😀 " + String(repeating: "é", count: 80),
    "Looks encoded =?UTF-8?B?ZXZpbA==?= but is not",
    "Two  spaces and a trailing space ",
    String(repeating: "x", count: 120),
  ])
  func subjectsSurvive(subject: String) throws {
    let parsed = try ParsedMessage.read(
      try SampleMessages.message(subject: subject).encoded().bytes)
    #expect(parsed.subject == subject)
    #expect(parsed.max_header_line_length <= 78)
  }

  @Test(arguments: [
    "health.pdf", "Partner summary — Q4.pdf", "quote\"and\\slash.pdf",
    "Résumé des indicateurs pour le conseil d'administration de Stockport 2013-14.pdf",
  ])
  func attachmentFileNamesSurvive(fileName: String) throws {
    let parsed = try ParsedMessage.read(
      try SampleMessages.message(fileName: fileName).encoded().bytes)
    #expect(parsed.attachments.first?.filename == fileName)
    #expect(parsed.max_header_line_length <= 78)
    #expect(parsed.defects == [])
  }

  @Test func dryRunEMLParsesTheSame() throws {
    let folder = try Fixtures.temporaryFolder("eml")
    defer { try? FileManager.default.removeItem(at: folder) }
    let jobs = [MailJob(group: "health", message: SampleMessages.message())]
    let place = SendFolder(output: folder.path, pack: "stockport-cyp", period: Self.period)
    let outcomes = Mailer.writeDrafts(jobs, in: place)
    let url = folder.appendingPathComponent("stockport-cyp/email/2013-14-q4/health.eml")
    guard case .written(let path) = outcomes.first?.status else {
      Issue.record("expected a written draft, got \(outcomes)")
      return
    }
    #expect(path == url.path)
    let identity = MessageIdentity(
      pack: "stockport-cyp", period: "2013/14 Q4", group: "health",
      attachments: SampleMessages.message().attachments.map(\.sha256))
    #expect(
      try Data(contentsOf: url) == SampleMessages.message().encoded(identity: identity).bytes)
    let parsed = try ParsedMessage.read(url)
    #expect(parsed.subject == SampleMessages.subject)
    #expect(parsed.text == SampleMessages.text)
    #expect(
      parsed.attachments.first.flatMap { Data(base64Encoded: $0.base64) } == SampleMessages.pdf)
  }

  static let period = Period("2013/14 Q4", periodicity: .financialQuarter)!

  static let identity = MessageIdentity(
    pack: "stockport-cyp", period: "2013/14 Q4", group: "health",
    attachments: [MailAttachment(fileName: "health.pdf", data: SampleMessages.pdf).sha256])

  /// A message whose date, subject, body or boundary changes keeps its Message-ID; one whose
  /// pack, period, recipient group, PDF or resend number changes gets another.
  @Test(
    "the Message-ID is derived from pack, period, recipient group, PDF and resend number only",
    arguments: [
      ("another date", false),
      ("another subject", false),
      ("another text body", false),
      ("another sender name", false),
      ("another pack", true),
      ("another period", true),
      ("another group", true),
      ("another PDF", true),
      ("a first resend", true),
      ("a second resend", true),
    ])
  func messageID(change: String, differs: Bool) throws {
    var message = SampleMessages.message()
    var identity = Self.identity
    switch change {
    case "another date": message.date = message.date.addingTimeInterval(86_400)
    case "another subject": message.subject = "Another subject"
    case "another text body": message.textBody += "\nP.S."
    case "another sender name": message.from.name = "Someone else"
    case "another pack": identity.pack = "another-pack"
    case "another period": identity.period = "2014/15 Q1"
    case "another group": identity.group = "police"
    case "another PDF": identity.attachments = [String(repeating: "0", count: 64)]
    case "a first resend": identity.resend = 0
    case "a second resend": identity.resend = 1
    default: Issue.record("no such change: \(change)")
    }
    let original = try SampleMessages.message().encoded(identity: Self.identity)
    let changed = try message.encoded(identity: identity)
    #expect((changed.messageID != original.messageID) == differs, "\(change)")
    #expect(
      original.messageID.hasPrefix("<boardpack.")
        && original.messageID.hasSuffix("@stockport.example>"))
    let parsed = try ParsedMessage.read(changed.bytes)
    #expect(parsed.message_id == changed.messageID)
  }

  @Test func withAnIdentityTheSameInputsStillGiveTheSameBytes() throws {
    let first = try SampleMessages.message().encoded(identity: Self.identity)
    let second = try SampleMessages.message().encoded(identity: Self.identity)
    #expect(first.bytes == second.bytes)
    #expect(first.messageID != (try SampleMessages.message().encoded()).messageID)
  }
}
