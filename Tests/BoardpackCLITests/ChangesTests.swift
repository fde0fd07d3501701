import Foundation
import Testing
import TestSupport

/// "What changed since the last pack", end to end on the example pack (issue 20, item 2):
/// 2013/14 Q3, Q4 and 2014/15 Q1 built into one output folder read as the next meeting expects,
/// and every output says it in the same words.
@Suite struct ChangesTests {
  static let q4Changes = """
    What changed since the last pack (2013/14 Q4)
    Compared with the 2013/14 Q3 pack.

    No longer exceptions (1)
      Child protection plans reviewed within timescale: the 2013/14 Q3 pack said “94.5% is 5.5 points below the Local standard (illustrative) of 100% — red for 13 quarters in a row.”

    Continuing exceptions (5)
      Children's Centre registration (children under 5)
      Attainment gap between pupils eligible for free school meals and their peers
      Permanent exclusions (% of pupils)
      Suspensions (fixed-period exclusions) per 100 pupils
      Hospital admissions for injuries, children aged 0–14

    Target status changed (1)
      Child protection plans reviewed within timescale: Red → Amber

    SPC reading changed (1)
      Under-18 conception rate: Common cause: no significant change → Improvement: unusually low

    """

  /// Builds `periods` in order into the copy's `Output/`, the assessment and snapshot only.
  static func build(_ periods: [String], in folder: URL, format: String = "json") throws {
    for period in periods {
      let run = try BoardpackProcess.run(
        ["build", "--quiet", "--format", format, "--period", period], in: folder)
      #expect(run.status == 0, "\(period): \(run.stderr)")
    }
  }

  static func json(_ file: URL) throws -> [String: Any] {
    try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
  }

  @Test func threeQuartersInOneOutputFolder() throws {
    let folder = try ExamplePack.copy()
    try Self.build(["2013/14 Q3", "2013/14 Q4", "2014/15 Q1"], in: folder)
    let output = folder.appendingPathComponent("Output/stockport-cyp")

    let first = try BoardpackProcess.run(["changes", "--period", "2013/14 Q3"], in: folder)
    #expect(
      first.stdout
        == "What changed since the last pack (2013/14 Q3)\nThere is no earlier pack to compare this one with.\n"
    )
    let q4 = try BoardpackProcess.run(["changes", "--period", "2013/14 Q4"], in: folder)
    #expect(q4.status == 0, "\(q4.stderr)")
    #expect(q4.stdout == Self.q4Changes)
    let q1 = try BoardpackProcess.run(["changes", "--period", "2014/15 Q1"], in: folder)
    #expect(
      q1.stdout.hasPrefix(
        "What changed since the last pack (2014/15 Q1)\nCompared with the 2013/14 Q4 pack.\n"))
    #expect(q1.stdout.contains("Continuing exceptions (5)"))

    // assessment.json holds the same comparison; the manifest lists the snapshot read.
    let assessment = try Self.json(output.appendingPathComponent("2013-14-q4/assessment.json"))
    let changes = try #require(assessment["changes"] as? [String: Any])
    let previous = try #require(changes["previous"] as? [String: Any])
    #expect(previous["period"] as? String == "2013/14 Q3")
    #expect(previous["same_rules"] as? Bool == true)
    let exceptions = try #require(changes["exceptions"] as? [String: Any])
    #expect((exceptions["new"] as? [String]) == [])
    #expect(
      (exceptions["cleared"] as? [[String: Any]])?.map { $0["indicator"] as? String }
        == ["cp-reviews-on-time"])
    #expect((exceptions["continuing"] as? [String])?.count == 5)
    let status = try #require((changes["target_status"] as? [[String: Any]])?.first)
    #expect(status["from"] as? String == "red" && status["to"] as? String == "amber")
    let firstAssessment = try Self.json(
      output.appendingPathComponent("2013-14-q3/assessment.json"))
    #expect((firstAssessment["changes"] as? [String: Any])?["previous"] is NSNull)
    let text = try String(
      contentsOf: output.appendingPathComponent("2013-14-q4/assessment.json"), encoding: .utf8)
    #expect(try ExamplePack.schemaErrors(text).isEmpty)

    let manifest = try Self.json(output.appendingPathComponent("2013-14-q4/manifest.json"))
    let inputs = try #require(manifest["inputs"] as? [[String: Any]])
    let snapshot = try Data(contentsOf: output.appendingPathComponent("2013-14-q3/snapshot.json"))
    let listed = try #require(
      inputs.first { $0["path"] as? String == "../2013-14-q3/snapshot.json" })
    #expect(listed["bytes"] as? Int == snapshot.count)
    #expect(
      (try Self.json(output.appendingPathComponent("2013-14-q3/manifest.json"))["inputs"]
        as? [[String: Any]])?.contains {
          ($0["path"] as? String)?.hasSuffix("snapshot.json") == true
        }
        == false)
    let outputs = try #require(manifest["outputs"] as? [[String: Any]])
    #expect(outputs.contains { $0["path"] as? String == "snapshot.json" })
  }

  @Test func everyOutputSaysItInTheSameWords() throws {
    let folder = try ExamplePack.copy()
    try Self.build(["2013/14 Q3"], in: folder)
    try Self.build(["2013/14 Q4"], in: folder, format: "html,pdf,summaries")
    let pack = folder.appendingPathComponent("Output/stockport-cyp/2013-14-q4")

    let (status, pdfText) = try Tool.run(
      "/usr/bin/env", ["pdftotext", pack.appendingPathComponent("pack.pdf").path, "-"])
    #expect(status == 0)
    let pdf = pdfText.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(pdf.contains("What changed since the last pack Compared with the 2013/14 Q3 pack."))
    #expect(
      pdf.contains(
        "Target status changed (1) • Child protection plans reviewed within timescale: Red → Amber")
    )

    let page = try String(contentsOf: pack.appendingPathComponent("index.html"), encoding: .utf8)
    #expect(
      page.contains(
        "<h2 id=\"changes-heading\">What changed since the last pack</h2>\n  <p>Compared with the 2013/14 Q3 pack.</p>"
      ))
    #expect(
      page.contains(
        "<li><a href=\"#indicator-cp-reviews-on-time\">Child protection plans reviewed within timescale</a>: Red → Amber</li>"
      ))
    #expect(page.contains("<li><a href=\"#changes\">What changed</a></li>"))

    // The health partner follows cc-registration and injury-admissions, not cp-reviews-on-time.
    let (_, summaryText) = try Tool.run(
      "/usr/bin/env", ["pdftotext", pack.appendingPathComponent("summaries/health.pdf").path, "-"])
    let summary = summaryText.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(
      summary.contains(
        "What changed since the last pack Compared with the 2013/14 Q3 pack. Continuing exceptions (2) • Children's Centre registration (children under 5) • Hospital admissions for injuries, children aged 0–14"
      ))
    #expect(!summary.contains("Child protection plans"))

    let email = try BoardpackProcess.run(
      ["email", "--dry-run", "--partner", "health", "--period", "2013/14 Q4"], in: folder)
    #expect(email.status == 0, "\(email.stderr)")
    let eml = folder.appendingPathComponent("Output/stockport-cyp/email/2013-14-q4/health.eml")
    let script = """
      import email, sys
      message = email.message_from_bytes(open(sys.argv[1], 'rb').read())
      part = next(p for p in message.walk() if p.get_content_type() == 'text/plain')
      print(part.get_payload(decode=True).decode().replace('\\r\\n', '\\n'))
      """
    let (decoded, body) = try Tool.run("/usr/bin/env", ["python3", "-c", script, eml.path])
    #expect(decoded == 0, "\(body)")
    #expect(
      body.contains(
        "\n\nWhat changed since the last pack\nCompared with the 2013/14 Q3 pack.\n\n"
          + "Continuing exceptions (2)\n* Children's Centre registration (children under 5)\n"
          + "* Hospital admissions for injuries, children aged 0–14\n\n"), "\(body)")
  }

  @Test func aRevisedFigureAndOtherRules() throws {
    let folder = try ExamplePack.copy()
    try Self.build(["2013/14 Q4"], in: folder)
    let data = folder.appendingPathComponent("Indicators/data/cc-registration.csv")
    var csv = try String(contentsOf: data, encoding: .utf8)
    csv = csv.replacingOccurrences(
      of: "cc-registration,2013/14 Q2,E08000007,,5230,9820,",
      with: "cc-registration,2013/14 Q2,E08000007,,5250,9820,")
    try csv.write(to: data, atomically: true, encoding: .utf8)
    let pack = folder.appendingPathComponent("Indicators/pack.yaml")
    let yaml = try String(contentsOf: pack, encoding: .utf8)
    try yaml.replacingOccurrences(of: "worsening_streak: 3", with: "worsening_streak: 4")
      .write(to: pack, atomically: true, encoding: .utf8)

    let run = try BoardpackProcess.run(["changes", "--period", "2014/15 Q1"], in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(
      run.stdout.contains(
        "The 2013/14 Q4 pack was assessed with other rules, so some exceptions may have come or gone with the rules rather than the figures."
      ))
    #expect(
      run.stdout.contains(
        "Figures revised since the last pack (1)\n  Children's Centre registration (children under 5): 2013/14 Q2, Stockport: 53.3% → 53.5%\n"
      ))
    let json = try BoardpackProcess.run(
      ["changes", "--format", "json", "--period", "2014/15 Q1"], in: folder)
    let changes = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let revised = try #require((changes["revised"] as? [[String: Any]])?.first)
    #expect(revised["period"] as? String == "2013/14 Q2")
    #expect(revised["area"] as? String == "E08000007")
    #expect(abs((revised["from"] as? Double ?? 0) - 5230.0 / 9820 * 100) < 1e-9)
  }

  @Test func aPackYearsEarlierAndForAnotherBoardIsSaidSo() throws {
    let folder = try ExamplePack.copy()
    try Self.build(["2013/14 Q4"], in: folder)
    let run = try BoardpackProcess.run(["changes", "--period", "2019/20 Q2"], in: folder)
    #expect(
      run.stdout.hasPrefix(
        "What changed since the last pack (2019/20 Q2)\n"
          + "Compared with the 2013/14 Q4 pack, 22 quarters earlier: the latest built before this one.\n"
          + "The 2013/14 Q4 pack went to the Children's Trust Board; this one goes to the Stockport Family Partnership Board.\n"
      ), "\(run.stdout)")
  }

  @Test func aSnapshotOfAnotherFormatIsSaidInOneLine() throws {
    let folder = try ExamplePack.copy()
    let old = folder.appendingPathComponent("Output/stockport-cyp/2013-14-q3")
    try FileManager.default.createDirectory(at: old, withIntermediateDirectories: true)
    try Data(#"{"format": 7, "generator_version": "9.0.0"}"#.utf8)
      .write(to: old.appendingPathComponent("snapshot.json"))
    let run = try BoardpackProcess.run(["changes", "--period", "2013/14 Q4"], in: folder)
    #expect(
      run.stdout
        == "What changed since the last pack (2013/14 Q4)\nThis pack cannot be compared with the 2013/14 Q3 pack: boardpack 9.0.0 recorded it in another form.\n"
    )
  }

  @Test(arguments: [
    (["--since", "Nowhere"], "Nowhere: error: --since names no such folder"),
    (["--since", "Indicators"], "Indicators: error: --since names a folder with no snapshot.json"),
    (
      ["--since", "Output/stockport-cyp/2014-15-q1"],
      "Output/stockport-cyp/2014-15-q1: error: --since: that pack is for 2014/15 Q1, which is not earlier than this one's period"
    ),
  ])
  func sinceNamesNoEarlierPack(arguments: [String], message: String) throws {
    let folder = try ExamplePack.copy()
    try Self.build(["2014/15 Q1"], in: folder)
    let run = try BoardpackProcess.run(
      ["changes", "--period", "2013/14 Q4"] + arguments, in: folder)
    #expect(run.status == 1)
    #expect(run.stderr.hasPrefix(message), "\(run.stderr)")
    let build = try BoardpackProcess.run(
      ["build", "--format", "json", "--period", "2013/14 Q4"] + arguments, in: folder)
    #expect(build.status == 1)
    #expect(build.stderr.contains(message), "\(build.stderr)")
    #expect(
      !FileManager.default.fileExists(
        atPath: folder.appendingPathComponent("Output/stockport-cyp/2013-14-q4").path))
  }
}
