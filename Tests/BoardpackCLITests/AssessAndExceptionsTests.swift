import Foundation
import Testing

/// `assess` and `exceptions` on the example pack, for both real meetings.
@Suite struct AssessAndExceptionsTests {
  static let periods = ["2013/14 Q4", "2019/20 Q2"]

  @Test(arguments: periods)
  func jsonFollowsTheSchema(period: String) throws {
    let run = try ExamplePack.run(["assess", "--format", "json", "--period", period])
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(try ExamplePack.schemaErrors(run.stdout) == "")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let pack = try #require(json["pack"] as? [String: Any])
    #expect(pack["period"] as? String == period)
    let indicators = try #require(json["indicators"] as? [[String: Any]])
    #expect(indicators.count == 14)
  }

  @Test func jsonIsTheSameEveryRun() throws {
    let first = try ExamplePack.run(["assess", "--format", "json"])
    let second = try ExamplePack.run(["assess", "--format", "json"])
    #expect(first.stdout == second.stdout)
  }

  @Test func registrationIsTheHeadlineExceptionIn201314Q4() throws {
    let run = try ExamplePack.run(["exceptions"])
    #expect(run.status == 0)
    let lines = run.stdout.split(separator: "\n").map(String.init)
    let first = try #require(lines.first { $0.hasPrefix("1. ") })
    #expect(first == "1. [CONCERN] Children's Centre registration (children under 5) (2013/14 Q4)")
    #expect(
      run.stdout.contains(
        "55.0% is 25.0 points below the Ofsted expectation of 80% — red for"))
    #expect(run.stdout.contains("Significantly worse than England (55.0% vs 67.0%)."))
    #expect(run.stdout.contains("Owner: Viki Packman (Integrated Children's Service)"))
  }

  @Test func exclusionsAreAnExceptionForTheFamilyPartnershipBoard() throws {
    let run = try ExamplePack.run(["exceptions", "--period", "2019/20 Q2"])
    #expect(run.status == 0)
    #expect(
      run.stdout.hasPrefix("Stockport Family Partnership Board — Performance Report — 2019/20 Q2\n")
    )
    let block = try #require(
      run.stdout.components(separatedBy: "\n\n").first { $0.contains("Permanent exclusions") })
    #expect(block.contains("] Permanent exclusions (% of pupils) (2018/19)"))
    // Its rise, honestly told; England and Leeds beside it, and why they are not "compared".
    #expect(
      block.contains(
        "Up from 0.11% to 0.13% (2017/18 to 2018/19): worse; there are no 95% intervals, so "
          + "chance cannot be ruled out. In 2013/14, five years earlier, it was 0.08%."))
    // The board heard Stockport's and Leeds' 2018/19 figures from a local audit (the data's
    // `published` column); England's, the North West's and the neighbours' came out in July 2020,
    // after the meeting, so they are not beside it.
    #expect(block.contains("Not compared with Leeds (0.01%)"))
    #expect(block.contains("without counts or denominators"))
    #expect(block.contains("     Latest published: 0.13% (2018/19; 2019/20 due July 2021)\n"))
    #expect(block.contains("     Leeds: 0.01%; not compared: no interval\n"))
    #expect(!block.contains("England:"))
    #expect(!block.contains("Statistical neighbours:"))
  }

  @Test func registrationReadsInTheTable() throws {
    let run = try ExamplePack.run(["assess"])
    #expect(run.status == 0)
    let row = try #require(
      run.stdout.split(separator: "\n").first { $0.contains("Children's Centre registration") })
    #expect(row.hasPrefix("!"))
    #expect(row.contains("2013/14 Q4"))
    #expect(row.contains("55.0%"))
    #expect(row.contains("R Red"))
    #expect(row.contains("↑ not significant"))
    #expect(row.contains("worse (67.0%)"))
  }

  @Test func failOnConcernExitsTwoWhenAConcernExists() throws {
    let run = try ExamplePack.run(["exceptions", "--fail-on", "concern"])
    #expect(run.status == 2)
    #expect(run.stdout.contains("1. [CONCERN]"))
  }

  @Test func aSeriesThatStartsLaterIsMissingNotShifted() throws {
    // Children looked after starts at 31 March 2016: at 2013/14 Q4 it has no figure, and the
    // JSON says so rather than showing a later value.
    let run = try ExamplePack.run(["assess", "--format", "json"])
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let indicators = try #require(json["indicators"] as? [[String: Any]])
    let looked = try #require(indicators.first { $0["id"] as? String == "children-looked-after" })
    let observations = try #require(looked["observations"] as? [[String: Any]])
    #expect(observations.isEmpty)
    #expect(looked["exception"] as? Bool == false)
  }
}

/// The schema check itself must be able to fail, or the tests above prove nothing.
@Test func schemaCheckRejectsAnInvalidAssessment() throws {
  let complaints = try ExamplePack.schemaErrors(#"{"schema_version": 2, "indicators": []}"#)
  #expect(complaints.contains("'generator' is a required property"))
  #expect(complaints.contains("2 was expected") || complaints.contains("1 was expected"))
}

/// An exception without the owner's words is a warning, not an error: the pack still builds.
@Test func checkWarnsAboutExceptionsWithoutCommentary() throws {
  let folder = try ExamplePack.copy()
  let pack = folder.appendingPathComponent("Indicators")
  try FileManager.default.removeItem(at: pack.appendingPathComponent("commentary/2013-14-q4.yaml"))
  let run = try BoardpackProcess.run(["check"], in: folder)
  #expect(run.status == 0)
  #expect(
    run.stderr.contains(
      "Indicators/indicators/cc-registration.yaml:1:5: warning: cc-registration is an exception in 2013/14 Q4 but has no commentary for that period: the board will read only \"55.0% is 25.0 points below"
    ))
}
