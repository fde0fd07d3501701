import Foundation
import MailTestSupport
import Testing

/// `boardpack email` under faults, against the real aiosmtpd server: two runs at once, a
/// rebuild and a killed build, a full disk, a re-run after a failure, hostile `--pack-url`
/// values and damaged files. Each counts what every partner received.
@Suite(.timeLimit(.minutes(3))) struct EmailFaultTests {
  let folder: URL

  init() throws {
    folder = try ExamplePack.copy()
  }

  static let partners = EmailTests.partners
  static let log = "Output/stockport-cyp/email/2013-14-q4/sent.jsonl"

  func run(_ arguments: [String], environment: [String: String] = [:]) throws
    -> BoardpackProcess.Output
  {
    try BoardpackProcess.run(arguments, in: folder, environment: environment)
  }

  /// SMTP variables for the test server: plain SMTP, no AUTH.
  func smtp(_ server: SMTPTestServer) -> [String: String] {
    [
      "BOARDPACK_SMTP_URL": "smtp://127.0.0.1:\(server.port)",
      "BOARDPACK_SMTP_FROM": EmailTests.sender,
      "BOARDPACK_SMTP_SECURITY": "starttls-if-offered",
    ]
  }

  /// The Message-IDs each partner received, by partner (named by the attached summary).
  func received(_ server: SMTPTestServer) throws -> [String: [String]] {
    var byPartner: [String: [String]] = [:]
    for partner in Self.partners { byPartner[partner] = [] }
    for message in try server.messages() {
      let parsed = try ParsedMessage.read(message)
      let name = try #require(parsed.attachments.first?.filename)
      byPartner[String(name.dropLast("-2013-14-q4.pdf".count)), default: []].append(
        parsed.message_id)
    }
    return byPartner
  }

  /// How many messages each partner received.
  func counts(_ server: SMTPTestServer) throws -> [String: Int] {
    try received(server).mapValues(\.count)
  }

  static let once = Dictionary(uniqueKeysWithValues: partners.map { ($0, 1) })

  func exists(_ path: String) -> Bool {
    FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path)
  }

  @Test("two runs at once: the second stops at once naming the first; each partner gets one")
  func twoRunsAtOnce() throws {
    // A slow server (2 s a message) keeps the first run sending while the second starts.
    let server = try SMTPTestServer(["--delay-data", "2"])
    defer { server.stop() }
    let first = try BoardpackProcess.launch(["email"], in: folder, environment: smtp(server))
    defer { if first.process.isRunning { first.process.terminate() } }
    // Once the first holds the lock, it has written its process id there.
    let lock = folder.appendingPathComponent("Output/stockport-cyp/email/2013-14-q4/.lock")
    let deadline = Date().addingTimeInterval(60)
    while Date() < deadline && first.process.isRunning {
      let text = (try? String(contentsOf: lock, encoding: .utf8)) ?? ""
      if text.contains("\"pid\":\(first.pid),") { break }
      usleep(20_000)
    }
    let second = try run(["email"], environment: smtp(server))
    #expect(first.process.isRunning, "the second run did not stop before the first finished")
    #expect(second.status == 1)
    #expect(
      second.stderr.hasPrefix("error: another boardpack email (process \(first.pid), started "),
      "\(second.stderr)")
    #expect(
      second.stderr.hasSuffix(
        ") is sending this pack's 2013/14 Q4 summaries; wait for it to finish (lock: Output/stockport-cyp/email/2013-14-q4/.lock)\n"
      ))
    #expect(second.stdout.isEmpty)
    let done = try first.wait()
    #expect(done.status == 0, "\(done.stderr)")
    #expect(try counts(server) == Self.once)
  }

  @Test("the send log survives a rebuild and a killed build: nothing is sent twice")
  func theLogSurvivesRebuilds() throws {
    let server = try SMTPTestServer()
    defer { server.stop() }
    #expect(try run(["build", "--format", "summaries"]).status == 0)
    let sent = try run(["email"], environment: smtp(server))
    #expect(sent.status == 0, "\(sent.stderr)")
    #expect(try counts(server) == Self.once)

    // A rebuild replaces the period folder; the log is not in it.
    #expect(try run(["build", "--format", "summaries"]).status == 0)
    #expect(exists(Self.log) && !exists("Output/stockport-cyp/2013-14-q4/email"))
    let afterBuild = try run(["email"], environment: smtp(server))
    #expect(afterBuild.status == 0, "\(afterBuild.stderr)")
    #expect(afterBuild.stdout.components(separatedBy: "not sent again").count == 5)

    // A build killed between its two renames: the pack set aside, no period folder.
    try FileManager.default.moveItem(
      at: folder.appendingPathComponent("Output/stockport-cyp/2013-14-q4"),
      to: folder.appendingPathComponent("Output/stockport-cyp/.2013-14-q4.building-999999.previous")
    )
    #expect(exists(Self.log))
    let afterKill = try run(["email"], environment: smtp(server))
    #expect(afterKill.status == 0, "\(afterKill.stderr)")
    #expect(afterKill.stdout.components(separatedBy: "not sent again").count == 5)
    // The next build removes the set-aside pack; the log stays.
    #expect(try run(["build", "--format", "summaries"]).status == 0)
    #expect(!exists("Output/stockport-cyp/.2013-14-q4.building-999999.previous"))
    let afterNextBuild = try run(["email"], environment: smtp(server))
    #expect(afterNextBuild.status == 0, "\(afterNextBuild.stderr)")
    #expect(afterNextBuild.stdout.components(separatedBy: "not sent again").count == 5)
    #expect(try counts(server) == Self.once)
  }

  @Test("a log where earlier versions kept it still counts, and is copied to the new place")
  func theOldLogCounts() throws {
    let server = try SMTPTestServer()
    defer { server.stop() }
    #expect(try run(["email"], environment: smtp(server)).status == 0)
    // As an earlier version left it: in the period folder, and nothing in the new place.
    let old = folder.appendingPathComponent("Output/stockport-cyp/2013-14-q4/email/sent.jsonl")
    try FileManager.default.createDirectory(
      at: old.deletingLastPathComponent(), withIntermediateDirectories: true)
    try FileManager.default.moveItem(at: folder.appendingPathComponent(Self.log), to: old)
    let records = try String(contentsOf: old, encoding: .utf8)

    let again = try run(["email"], environment: smtp(server))
    #expect(again.status == 0, "\(again.stderr)")
    #expect(again.stdout.components(separatedBy: "not sent again").count == 5)
    #expect(
      again.stdout.hasPrefix(
        "note: copied 4 records of messages sent from Output/stockport-cyp/2013-14-q4/email/sent.jsonl (where earlier versions kept the send log) to \(Self.log)\n"
      ), "\(again.stdout)")
    #expect(
      try String(contentsOf: folder.appendingPathComponent(Self.log), encoding: .utf8) == records)
    // The old file is only read.
    #expect(try String(contentsOf: old, encoding: .utf8) == records)

    // Once the old folder is gone (a build replaced it), the copy still counts.
    try FileManager.default.removeItem(at: old.deletingLastPathComponent())
    let third = try run(["email"], environment: smtp(server))
    #expect(third.status == 0, "\(third.stderr)")
    #expect(third.stdout.components(separatedBy: "not sent again").count == 5)
    #expect(!third.stdout.contains("note: copied"))
    #expect(try counts(server) == Self.once)
  }

  @Test("an upgrade that builds before it emails: the build moves the old log, nothing resent")
  func anUpgradeThatBuildsFirst() throws {
    let server = try SMTPTestServer()
    defer { server.stop() }
    #expect(try run(["email"], environment: smtp(server)).status == 0)
    // As an earlier version left it: the log inside the period folder only.
    let old = folder.appendingPathComponent("Output/stockport-cyp/2013-14-q4/email/sent.jsonl")
    try FileManager.default.createDirectory(
      at: old.deletingLastPathComponent(), withIntermediateDirectories: true)
    try FileManager.default.moveItem(at: folder.appendingPathComponent(Self.log), to: old)
    let records = try String(contentsOf: old, encoding: .utf8)

    let build = try run(["build", "--quiet"])
    #expect(build.status == 0, "\(build.stderr)")
    #expect(!exists("Output/stockport-cyp/2013-14-q4/email"))
    let moved = "Output/stockport-cyp/email/2013-14-q4/earlier-version/sent.jsonl"
    #expect(
      try String(contentsOf: folder.appendingPathComponent(moved), encoding: .utf8) == records)

    let again = try run(["email"], environment: smtp(server))
    #expect(again.status == 0, "\(again.stderr)")
    #expect(again.stdout.components(separatedBy: "not sent again").count == 5, "\(again.stdout)")
    #expect(try counts(server) == Self.once)
  }

  /// The log at `/dev/full` fails every write with ENOSPC, as a full disk does.
  @Test("a full disk stops sending; the re-run sends the same Message-ID; --resend a new one")
  func aFullDiskStopsSending() throws {
    let server = try SMTPTestServer()
    defer { server.stop() }
    let log = folder.appendingPathComponent(Self.log)
    try FileManager.default.createDirectory(
      at: log.deletingLastPathComponent(), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: log.path, withDestinationPath: "/dev/full")

    let full = try run(["email"], environment: smtp(server))
    #expect(full.status == 1)
    #expect(
      full.stderr.contains(
        "health: sent to a.example@example.org, children.commissioning@example.org (<boardpack."),
      "\(full.stderr)")
    #expect(
      full.stderr.contains(
        "but the send log could not record it, so sending stopped: \(Self.log): error: cannot write: No space left on device (the disk is full: free some space, then run the command again)."
      ))
    #expect(full.stderr.contains("add this line to the send log: {\"attachments\":"))
    for partner in Self.partners.dropFirst() {
      #expect(
        full.stderr.contains(
          "\(partner): not sent: sending stopped because the send log could not record health's message"
        ))
    }
    #expect(
      full.stderr.hasSuffix(
        "0 of 4 partners sent or already sent; 1 sent but not recorded in the send log; 3 not sent because sending stopped (smtp://127.0.0.1:\(server.port) (starttls-if-offered), from \(EmailTests.sender))\n"
      ), "\(full.stderr)")
    #expect(!full.stderr.contains("Error Domain="))
    #expect(try counts(server) == ["health": 1, "police": 0, "schools": 0, "voluntary-sector": 0])
    let firstID = try #require(try received(server)["health"]?.first)

    // Space again: the automatic re-run sends health again, with the same Message-ID.
    try FileManager.default.removeItem(at: log)
    let rerun = try run(["email"], environment: smtp(server))
    #expect(rerun.status == 0, "\(rerun.stderr)")
    var ids = try received(server)
    #expect(
      ids.mapValues(\.count) == ["health": 2, "police": 1, "schools": 1, "voluntary-sector": 1])
    #expect(ids["health"] == [firstID, firstID])

    // --resend is a deliberate new message: a new Message-ID.
    let resent = try run(["email", "--resend", "--partner", "health"], environment: smtp(server))
    #expect(resent.status == 0, "\(resent.stderr)")
    ids = try received(server)
    #expect(
      ids.mapValues(\.count) == ["health": 3, "police": 1, "schools": 1, "voluntary-sector": 1])
    #expect(ids["health"]?.last != firstID)
    #expect(Set(ids.values.joined()).count == 5)
  }

  @Test(
    "--pack-url accepts only http: and https: URLs with a host (usage error, exit 64)",
    arguments: [
      "javascript:alert(1)", "JAVASCRIPT:alert(document.cookie)", "data:text/html;base64,PHA+",
      "file:///etc/passwd", "/packs/2013-14-q4", "https://intranet.example.org@evil.example/",
      "https://example.org/\"><script>alert(1)</script>",
    ])
  func hostilePackURL(url: String) throws {
    let refused = try run(["email", "--dry-run", "--pack-url", url])
    #expect(refused.status == 64)
    #expect(refused.stderr.contains("--pack-url \"\(url)\" was refused: "), "\(refused.stderr)")
    #expect(
      refused.stderr.contains(
        "only absolute http: and https: URLs with a host are accepted, e.g. https://"))
    #expect(!exists("Output"))
  }

  @Test("a good --pack-url is the message's link")
  func packURL() throws {
    let url = "https://intranet.example.org/board-packs/2013-14-q4/"
    let drafts = try run(["email", "--dry-run", "--partner", "schools", "--pack-url", url])
    #expect(drafts.status == 0, "\(drafts.stderr)")
    let parsed = try ParsedMessage.read(
      folder.appendingPathComponent("Output/stockport-cyp/email/2013-14-q4/schools.eml"))
    #expect(try #require(parsed.html).contains("<a href=\"\(url)\">"))
  }

  @Test("a file in the way of the log folder: a sentence naming it, nothing sent")
  func aFileInTheWay() throws {
    let server = try SMTPTestServer()
    defer { server.stop() }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("Output/stockport-cyp"), withIntermediateDirectories: true)
    try Data("not a folder\n".utf8).write(
      to: folder.appendingPathComponent("Output/stockport-cyp/email"))
    for arguments in [["email"], ["email", "--dry-run"]] {
      let blocked = try run(arguments, environment: smtp(server))
      #expect(blocked.status == 1)
      #expect(
        blocked.stderr
          == "Output/stockport-cyp/email: error: cannot create the folder: Not a directory (a file is in the way where a folder should be: move it aside)\n"
      )
    }
    #expect(try server.messages().isEmpty)
  }

  @Test("a damaged send log: the line named with what to do, nothing sent")
  func aDamagedLog() throws {
    let server = try SMTPTestServer()
    defer { server.stop() }
    #expect(try run(["email", "--partner", "health"], environment: smtp(server)).status == 0)
    let log = folder.appendingPathComponent(Self.log)
    let text = try String(contentsOf: log, encoding: .utf8)
    try Data((text + "{\"partner\": \"police\"}\n").utf8).write(to: log)
    let damaged = try run(["email"], environment: smtp(server))
    #expect(damaged.status == 1)
    #expect(
      damaged.stderr
        == "\(Self.log):2: error: this line of the send log is not a send record; correct it or delete it (each line records one message sent, and a partner with no line is sent again)\nnothing was sent\n"
    )
    #expect(try counts(server) == ["health": 1, "police": 0, "schools": 0, "voluntary-sector": 0])
  }
}
