import Foundation
import MailTestSupport
import Testing

/// `boardpack email` end to end on a copy of the example pack: `.eml` drafts read back by
/// Python's `email` package, and real delivery to aiosmtpd on 127.0.0.1 (design §6.5).
@Suite(.timeLimit(.minutes(3))) struct EmailTests {
  let folder: URL

  init() throws {
    folder = try ExamplePack.copy()
  }

  static let partners = ["health", "police", "schools", "voluntary-sector"]
  static let password = "Pa55-word.never-printed"
  static let sender = "Stockport Performance Team <performance@stockport.example>"

  /// The recipients' addresses by partner, as in the example partners.yaml.
  static let recipients = [
    "health": ["a.example@example.org", "children.commissioning@example.org"],
    "police": ["b.example@example.net"],
    "schools": ["c.example@example.org"],
    "voluntary-sector": ["d.example@example.net"],
  ]

  /// Runs boardpack in the pack copy with these SMTP variables (and no others from the
  /// environment the tests run in).
  func run(_ arguments: [String], environment: [String: String] = [:]) throws
    -> BoardpackProcess.Output
  {
    try BoardpackProcess.run(arguments, in: folder, environment: environment)
  }

  /// SMTP variables for the test server: plain SMTP (the server offers no STARTTLS).
  func smtp(_ server: SMTPTestServer, password: String? = nil) -> [String: String] {
    var variables = [
      "BOARDPACK_SMTP_URL": "smtp://127.0.0.1:\(server.port)",
      "BOARDPACK_SMTP_FROM": Self.sender,
      "BOARDPACK_SMTP_SECURITY": "starttls-if-offered",
    ]
    if let password {
      variables["BOARDPACK_SMTP_USER"] = "performance"
      variables["BOARDPACK_SMTP_PASSWORD"] = password
    }
    return variables
  }

  /// The exceptions' titles `boardpack exceptions` lists for the period.
  func exceptionTitles(period: String) throws -> [String] {
    let run = try run(["exceptions", "--period", period])
    return run.stdout.split(separator: "\n").compactMap { line in
      guard let start = line.range(of: "] ") else { return nil }
      let rest = line[start.upperBound...]
      return rest.range(of: " (", options: .backwards).map { String(rest[..<$0.lowerBound]) }
    }
  }

  @Test(
    "--dry-run writes four .eml files that Python reads: subject, To, bodies, the summary PDF",
    arguments: [
      ("2013/14 Q4", "2013-14-q4", "Stockport Children's Trust Board"),
      ("2019/20 Q2", "2019-20-q2", "Stockport Family Partnership Board"),
    ])
  func dryRun(period: String, slug: String, board: String) throws {
    // Build first, for the summaries to compare with; the drafts go beside the period folder.
    let built = try run(["build", "--format", "summaries", "--period", period])
    #expect(built.status == 0, "\(built.stderr)")
    let drafts = try run(["email", "--dry-run", "--period", period])
    #expect(drafts.status == 0, "\(drafts.stderr)")
    let base = folder.appendingPathComponent("Output/stockport-cyp/\(slug)")
    let draftFolder = folder.appendingPathComponent("Output/stockport-cyp/email/\(slug)")
    let exceptions = try exceptionTitles(period: period)
    var exceptionsMentioned = 0
    for partner in Self.partners {
      let eml = draftFolder.appendingPathComponent("\(partner).eml")
      #expect(drafts.stdout.contains("\(partner): wrote Output/stockport-cyp/email/\(slug)/"))
      // Mail clients read the em dash from an RFC 2047 encoded word.
      let raw = String(decoding: try Data(contentsOf: eml), as: UTF8.self)
      #expect(raw.contains("Subject: =?UTF-8?"), "the subject is not RFC 2047 encoded")
      let parsed = try ParsedMessage.read(eml)
      #expect(parsed.subject == "\(board) — performance summary \(period)")
      #expect(parsed.to_addresses == Self.recipients[partner])
      #expect(parsed.defects.isEmpty && parsed.crlf_only && parsed.max_line_length <= 78)
      let text = try #require(parsed.text)
      let html = try #require(parsed.html)
      // Each exception of the pack that the text names is named in the HTML too.
      for title in exceptions where text.contains(title) {
        exceptionsMentioned += 1
        #expect(html.contains(title.replacingOccurrences(of: "'", with: "&#39;")))
      }
      #expect(text.contains(period) && text.contains("\(partner)-\(slug).pdf"))
      let attachment = try #require(parsed.attachments.first)
      #expect(attachment.filename == "\(partner)-\(slug).pdf")
      #expect(attachment.content_type == "application/pdf")
      let summary = try Data(contentsOf: base.appendingPathComponent("summaries/\(partner).pdf"))
      #expect(Data(base64Encoded: attachment.base64) == summary, "\(partner): not the summary")
    }
    // Every exception reaches at least one partner in the example pack.
    #expect(exceptionsMentioned >= exceptions.count)
    #expect(drafts.stdout.contains("4 of 4 partners written"))
  }

  @Test("the health partner's text and HTML bodies list its exceptions with their reasons")
  func healthExceptions() throws {
    let drafts = try run(["email", "--dry-run", "--partner", "health"])
    #expect(drafts.status == 0, "\(drafts.stderr)")
    let parsed = try ParsedMessage.read(
      folder.appendingPathComponent("Output/stockport-cyp/email/2013-14-q4/health.eml"))
    let text = try #require(parsed.text)
    #expect(
      text.contains(
        "* Children's Centre registration (children under 5) (2013/14 Q4): 55.0%, target 80% (Ofsted expectation). Concern."
      ))
    #expect(text.contains("  - Significantly worse than England (55.0% vs 67.0%)."))
    #expect(text.contains("Hospital admissions for injuries"))
    // The police partner's exclusions exception is not the health partner's.
    #expect(!text.contains("Permanent exclusions"))
    #expect(
      try #require(parsed.html).contains(
        "<li>Significantly worse than England (55.0% vs 67.0%).</li>"))
    // Only the one partner was written (beside the lock file of the run).
    let written = try FileManager.default.contentsOfDirectory(
      atPath: folder.appendingPathComponent("Output/stockport-cyp/email/2013-14-q4").path)
    #expect(Set(written) == ["health.eml", ".lock"])
  }

  @Test("a real send: all four arrive; a re-run sends nothing; --resend and --partner send again")
  func send() throws {
    let server = try SMTPTestServer([
      "--user", "performance", "--password", Self.password, "--auth-without-tls",
    ])
    defer { server.stop() }
    let environment = smtp(server, password: Self.password)
    let first = try run(["email"], environment: environment)
    #expect(first.status == 0, "\(first.stderr)")
    let messages = try server.messages()
    #expect(messages.count == 4)
    var delivered: [String: [String]] = [:]
    for message in messages {
      let envelope = try server.envelope(of: message)
      #expect(envelope.authenticated)
      #expect(envelope.mail_from == "performance@stockport.example")
      let parsed = try ParsedMessage.read(message)
      let name = try #require(parsed.attachments.first?.filename)
      delivered[String(name.dropLast("-2013-14-q4.pdf".count))] = envelope.rcpt_tos
    }
    #expect(delivered == Self.recipients)
    for partner in Self.partners {
      #expect(first.stdout.contains("\(partner): sent to "))
    }
    // The send log has a line per partner.
    let log = try String(
      contentsOf: folder.appendingPathComponent(
        "Output/stockport-cyp/email/2013-14-q4/sent.jsonl"), encoding: .utf8)
    #expect(log.split(separator: "\n").count == 4)

    let again = try run(["email"], environment: environment)
    #expect(again.status == 0, "\(again.stderr)")
    #expect(try server.messages().count == 4, "a re-run sent again")
    #expect(again.stdout.components(separatedBy: "not sent again").count == 5)

    let resent = try run(["email", "--resend"], environment: environment)
    #expect(resent.status == 0, "\(resent.stderr)")
    #expect(try server.messages().count == 8)

    let one = try run(["email", "--resend", "--partner", "health"], environment: environment)
    #expect(one.status == 0, "\(one.stderr)")
    #expect(try server.messages().count == 9)
    #expect(one.stdout.contains("health: sent to a.example@example.org"))
    #expect(!one.stdout.contains("police"))

    for output in [first, again, resent, one] {
      #expect(!(output.stdout + output.stderr).contains(Self.password))
    }
  }

  @Test(
    "a refused recipient: exit 1, that partner reported, the others delivered; a re-run sends only it"
  )
  func refusedRecipient() throws {
    let server = try SMTPTestServer(["--refuse", "b.example@example.net"])
    defer { server.stop() }
    let run1 = try run(["email"], environment: smtp(server))
    #expect(run1.status == 1)
    #expect(run1.stderr.contains("police: not sent"), "\(run1.stderr)")
    #expect(run1.stderr.contains("b.example@example.net"))
    #expect(run1.stderr.contains("3 of 4 partners sent or already sent; 1 failed"))
    #expect(try server.messages().count == 3)

    let server2 = try SMTPTestServer()
    defer { server2.stop() }
    let run2 = try run(["email"], environment: smtp(server2))
    #expect(run2.status == 0, "\(run2.stderr)")
    let messages = try server2.messages()
    #expect(messages.count == 1)
    #expect(try server2.envelope(of: messages[0]).rcpt_tos == ["b.example@example.net"])
  }

  @Test("missing settings: a clear error naming the variable, and nothing sent or written")
  func missingSettings() throws {
    let run = try run(["email"])
    #expect(run.status == 1)
    #expect(run.stderr.contains("BOARDPACK_SMTP_URL"), "\(run.stderr)")
    #expect(run.stderr.contains("--dry-run"))
    #expect(run.stdout.isEmpty)
    #expect(
      !FileManager.default.fileExists(
        atPath: folder.appendingPathComponent("Output/stockport-cyp/email").path))
  }

  @Test("a wrong password fails every partner without printing the password")
  func wrongPassword() throws {
    let server = try SMTPTestServer([
      "--user", "performance", "--password", "the-right-one", "--auth-without-tls",
    ])
    defer { server.stop() }
    let run = try run(["email"], environment: smtp(server, password: Self.password))
    #expect(run.status == 1)
    #expect(run.stderr.contains("0 of 4 partners sent or already sent; 4 failed"), "\(run.stderr)")
    #expect(!(run.stdout + run.stderr).contains(Self.password))
    #expect(try server.messages().isEmpty)
  }

  @Test("the password file option is read, and refused inside the pack")
  func passwordFile() throws {
    let server = try SMTPTestServer([
      "--user", "performance", "--password", Self.password, "--auth-without-tls",
    ])
    defer { server.stop() }
    var environment = smtp(server)
    environment["BOARDPACK_SMTP_USER"] = "performance"
    let inside = folder.appendingPathComponent("Indicators/password.txt")
    try Data((Self.password + "\n").utf8).write(to: inside)
    let refused = try run(
      ["email", "--partner", "schools", "--smtp-password-file", inside.path],
      environment: environment)
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("inside the pack folder"), "\(refused.stderr)")
    let outside = folder.appendingPathComponent("password.txt")
    try FileManager.default.moveItem(at: inside, to: outside)
    let sent = try run(
      ["email", "--partner", "schools", "--smtp-password-file", outside.path],
      environment: environment)
    #expect(sent.status == 0, "\(sent.stderr)")
    #expect(try server.messages().count == 1)
    #expect(!(sent.stdout + sent.stderr + refused.stderr).contains(Self.password))
  }
}
