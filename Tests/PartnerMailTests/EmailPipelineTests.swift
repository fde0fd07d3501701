import Foundation
import IndicatorModel
import Mail
import PartnerMail
import TestSupport
import Testing

/// `PartnerMail.run` on the example pack: given these files, expect this step to stop the run
/// with this path, or drafts for every partner.
@Suite struct EmailPipelineTests {
  /// 30 June 2014 09:00:00 UTC, for every date the run takes.
  static let clock: @Sendable () -> Date = { ExampleMessages.date }

  /// A dry run of the example pack into `output`.
  static func request(output: URL) -> EmailRequest {
    EmailRequest(
      packDirectory: ExampleMessages.packFolder, version: "test", output: output.path,
      dryRun: true, clock: clock)
  }

  /// One way a run stops: what to change in the request or the output folder, and the step and
  /// path the failure must name.
  struct Stop: Sendable, CustomTestStringConvertible {
    let testDescription: String
    let arrange: @Sendable (inout EmailRequest, URL) throws -> Void
    let step: EmailStep
    /// The path, from the output folder (`$OUT`) or the pack (`$PACK`); nil for none.
    let path: String?
    let isUsageError: Bool
  }

  static let sending: @Sendable (inout EmailRequest) -> Void = { request in
    request.dryRun = false
    request.smtp = SMTPOptions(
      url: "smtp://127.0.0.1:9", from: "Performance <performance@stockport.example>")
  }

  static let stops: [Stop] = [
    Stop(
      testDescription: "no pack folder", arrange: { $0.packDirectory = $1.path + "/Nowhere" },
      step: .loadPack, path: "$OUT/Nowhere", isUsageError: false),
    Stop(
      testDescription: "an unknown partner", arrange: { request, _ in request.partner = "nobody" },
      step: .choosePartners, path: "$PACK/partners.yaml", isUsageError: true),
    Stop(
      testDescription: "no SMTP server", arrange: { request, _ in request.dryRun = false },
      step: .settings, path: nil, isUsageError: false),
    Stop(
      testDescription: "a password file inside the pack",
      arrange: { request, _ in
        sending(&request)
        request.passwordFile = request.packDirectory + "/password.txt"
      }, step: .settings, path: "$PACK/password.txt", isUsageError: true),
    Stop(
      testDescription: "a template with an unclosed section",
      arrange: { request, output in
        let folder = output.appendingPathComponent("T/email")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("Summary {{#partner}}\n".utf8).write(
          to: folder.appendingPathComponent("subject.mustache"))
        request.templates = output.path + "/T"
      }, step: .templates, path: "$OUT/T/email/subject.mustache", isUsageError: false),
    Stop(
      testDescription: "a file where the send folder goes",
      arrange: { _, output in
        let pack = output.appendingPathComponent("stockport-cyp")
        try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: true)
        try Data("not a folder\n".utf8).write(to: pack.appendingPathComponent("email"))
      }, step: .lock, path: "$OUT/stockport-cyp/email", isUsageError: false),
    Stop(
      testDescription: "a damaged send log",
      arrange: { request, output in
        sending(&request)
        let folder = output.appendingPathComponent("stockport-cyp/email/2013-14-q4")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("not a record\n".utf8).write(to: folder.appendingPathComponent("sent.jsonl"))
      }, step: .carryOver, path: "$OUT/stockport-cyp/email/2013-14-q4/sent.jsonl",
      isUsageError: false),
  ]

  @Test("a run that stops names its step and path, and reports no partner", arguments: stops)
  func stop(_ stop: Stop) throws {
    let output = try TestFolder.make("email-stop")
    var request = Self.request(output: output)
    try stop.arrange(&request, output)
    var reported: [String] = []
    let failure = try #require(throws: EmailFailure.self) {
      try PartnerMail.run(request) { reported.append($0.line) }
    }
    #expect(failure.step == stop.step)
    let path = stop.path?.replacingOccurrences(of: "$OUT", with: output.path)
      .replacingOccurrences(of: "$PACK", with: ExampleMessages.packFolder)
    #expect(failure.path == path)
    #expect(failure.isUsageError == stop.isUsageError)
    #expect(reported.isEmpty)
    #expect(
      !FileManager.default.fileExists(
        atPath: output.path + "/stockport-cyp/email/2013-14-q4/health.eml"))
  }

  @Test("missing settings say what to set and how to write drafts instead")
  func settingsAdvice() throws {
    var request = Self.request(output: try TestFolder.make("email-settings"))
    request.dryRun = false
    let failure = try #require(throws: EmailFailure.self) { try PartnerMail.run(request) }
    #expect(
      failure.message == """
        error: no SMTP setting for BOARDPACK_SMTP_URL: set the environment variable or the option (e.g. "smtp://mail.example.org:587")
        Set the BOARDPACK_SMTP_* variables or the --smtp-* options (boardpack email --help), or use --dry-run to write .eml files without sending.
        """)
  }

  @Test("a dry run writes each partner's draft, reported as it goes, from the draft sender")
  func dryRun() throws {
    let output = try TestFolder.make("email-dry-run")
    var reported: [EmailProgress] = []
    let result = try PartnerMail.run(Self.request(output: output)) { reported.append($0) }
    let folder = "\(output.path)/stockport-cyp/email/2013-14-q4"
    let partners = ["health", "police", "schools", "voluntary-sector"]
    #expect(reported.map(\.line) == partners.map { "\($0): wrote \(folder)/\($0).eml" })
    #expect(result.outcomes.map(\.group) == partners)
    #expect(result.succeeded && result.settings == nil)
    #expect(result.summary == "4 of 4 partners written")
    for partner in partners {
      let draft = String(
        decoding: try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(partner).eml")),
        as: UTF8.self)
      #expect(draft.contains("Date: Mon, 30 Jun 2014 09:00:00 +0000\r\n"))
      #expect(draft.contains("From: boardpack@no-sender.invalid\r\n"))
      #expect(draft.contains("filename=\"\(partner)-2013-14-q4.pdf\""))
    }
    // The lock file stays beside the drafts (it is never removed); nothing else is written.
    let written = try FileManager.default.contentsOfDirectory(atPath: folder)
    #expect(Set(written) == Set(partners.map { "\($0).eml" } + [".lock"]))
  }
}
