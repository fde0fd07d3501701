import Foundation
import IndicatorModel
import Mail
import Testing

@testable import PartnerMail
import TestSupport

/// Partner messages from the example pack: the context, the subject per meeting, and that
/// nothing from the pack can add a header.
@Suite struct PartnerMessageTests {
  @Test(
    "the subject names the meeting's board with its area",
    arguments: [
      ("2013/14 Q4", "Stockport Children's Trust Board — performance summary 2013/14 Q4"),
      ("2019/20 Q2", "Stockport Family Partnership Board — performance summary 2019/20 Q2"),
    ])
  func subject(period: String, expected: String) throws {
    let context = try ExampleMessages.context("police", period: period)
    #expect(try EmailTemplates.defaults().subject(context) == expected)
  }

  @Test(arguments: [
    ("Children's Trust Board", "Stockport Children's Trust Board"),
    ("Stockport Family Partnership Board", "Stockport Family Partnership Board"),
    ("stockport health board", "stockport health board"),
  ])
  func boardName(board: String, expected: String) {
    #expect(EmailContext.named(board, area: "Stockport") == expected)
  }

  @Test func theHealthPartnersExceptionsAreItsOwnWithTheirReasons() throws {
    let context = try ExampleMessages.context("health", period: "2013/14 Q4")
    #expect(
      context.exceptions.map(\.id) == ["cc-registration", "injury-admissions"])
    let registration = try #require(context.exceptions.first)
    #expect(registration.latest == "55.0%")
    #expect(registration.target == "80% (Ofsted expectation)")
    #expect(registration.reasons.first?.rule == "target-red")
    #expect(registration.owner == "Viki Packman (Integrated Children's Service)")
    #expect(context.headline.indicators == 6 && context.headline.red == 1)
    #expect(context.attachment == "health-2013-14-q4.pdf")
    #expect(context.signature == "Stockport Performance Team")
  }

  @Test func thePackURLIsInBothBodiesWhenGiven() throws {
    let url = "https://intranet.example.org/packs/2013-14-q4?a=1&b=2"
    let context = try ExampleMessages.context(
      "schools", period: "2013/14 Q4", packURL: try PackURL(url))
    let templates = try EmailTemplates.defaults()
    #expect(templates.textBody(context).contains("The full board pack is at \(url)."))
    #expect(
      templates.htmlBody(context).contains(
        "<a href=\"\(url.replacingOccurrences(of: "&", with: "&amp;"))\">"))
  }

  @Test func jobsAttachTheSummaryAndAddressTheRecipients() throws {
    let (pack, assessment) = try ExampleMessages.assessed("2013/14 Q4")
    let results = PartnerMessages.jobs(
      for: pack.partners, pack: pack, assessment: assessment,
      templates: try EmailTemplates.defaults(),
      settings: PartnerMessages.Settings(
        sender: ExampleMessages.sender, date: ExampleMessages.date,
        packFolder: ExampleMessages.packFolder))
    let jobs = try results.map { try $0.get() }
    #expect(jobs.map(\.group) == ["health", "police", "schools", "voluntary-sector"])
    for (job, partner) in zip(jobs, pack.partners) {
      #expect(job.message.to == partner.recipients)
      let attachment = try #require(job.message.attachments.first)
      #expect(attachment.data.starts(with: Data("%PDF-".utf8)))
      #expect(attachment.contentType == "application/pdf")
      _ = try job.message.encoded()
    }
  }

  @Test(
    "a line break in a partner's name cannot add a header: the message is refused",
    arguments: ["Health\r\nBcc: everyone@example.org", "Health\nX-Injected: yes"])
  func headerInjection(name: String) throws {
    var (pack, assessment) = try ExampleMessages.assessed("2013/14 Q4")
    pack.partners[0].name = "Stockport CCG"
    pack.partners[0].recipients[0].name = name
    let job = try PartnerMessages.jobs(
      for: [pack.partners[0]], pack: pack, assessment: assessment,
      templates: try EmailTemplates.defaults(),
      settings: PartnerMessages.Settings(
        sender: ExampleMessages.sender, date: ExampleMessages.date,
        packFolder: ExampleMessages.packFolder)
    )[0].get()
    #expect(throws: MessageError.self) { try job.message.encoded() }

    // The same through the subject template, which names the partner.
    let folder = TestFolder.path("subject")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("email"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("Summary for {{partner.name}}\n".utf8).write(
      to: folder.appendingPathComponent("email/subject.mustache"))
    pack.partners[0].recipients[0].name = "Dr A. Example"
    pack.partners[0].name = name
    let subjectJob = try PartnerMessages.jobs(
      for: [pack.partners[0]], pack: pack, assessment: assessment,
      templates: try EmailTemplates.loading(from: folder),
      settings: PartnerMessages.Settings(
        sender: ExampleMessages.sender, date: ExampleMessages.date,
        packFolder: ExampleMessages.packFolder)
    )[0].get()
    #expect(subjectJob.message.subject == "Summary for \(name)")
    #expect(throws: MessageError.self) { try subjectJob.message.encoded() }
  }
}
