import Foundation
import Testing
import TestSupport

/// Actions carried from meeting to meeting, end to end on the example pack (issue 20, item 3):
/// the 2013/14 Q4 minutes gave no due dates, so at 2014/15 Q1 every action is due, and a
/// quarter later overdue; the CLI, pack.pdf, the dashboard and assessment.json say so alike.
@Suite struct CarriedActionsTests {
  static let fsm =
    "Return to the next Children's Trust Board with a report on the FSM gap — action plan and strategy"

  @Test func dueAtTheNextMeetingInEveryOutput() throws {
    let folder = try ExamplePack.copy()
    let build = try BoardpackProcess.run(
      ["build", "--format", "pdf,html", "--period", "2014/15 Q1"], in: folder)
    #expect(build.status == 0, "\(build.stderr)")
    let pack = folder.appendingPathComponent("Output/stockport-cyp/2014-15-q1")
    let (status, text) = try Tool.run(
      "/usr/bin/env", ["pdftotext", pack.appendingPathComponent("pack.pdf").path, "-"])
    #expect(status == 0)
    let pdf = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(pdf.contains("Actions from earlier meetings"))
    #expect(
      pdf.contains(
        "5 actions from earlier meetings of this board are not yet closed. Of these, 5 are due at this meeting."
      ))
    #expect(pdf.contains("Phil Beswick \(Self.fsm) 2013/14 Q4 30 June 2014 Due at this meeting"))
    #expect(pdf.contains("Andrew Webb Write to the chair of Stockport Academy's sponsors"))

    let page = try String(
      contentsOf: pack.appendingPathComponent("index.html"), encoding: .utf8)
    #expect(
      page.contains(
        "<tr class=\"action-due\"><td>"
          + Self.fsm.replacingOccurrences(of: "'", with: "&#39;")
          + "</td><td data-column=\"Owner\">Phil Beswick</td>"))
    #expect(page.contains("<td data-column=\"Where it stands\">Due at this meeting</td>"))
  }

  @Test func overdueAQuarterLaterAndAWatchFlag() throws {
    let folder = try ExamplePack.copy()
    let run = try BoardpackProcess.run(["exceptions", "--period", "2014/15 Q2"], in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(
      run.stdout.contains(
        "- [Overdue] \(Self.fsm) (Phil Beswick; Attainment gap between pupils eligible for free school meals and their peers; raised 2013/14 Q4, due 30 June 2014)"
      ))
    let json = try BoardpackProcess.run(
      ["assess", "--format", "json", "--period", "2014/15 Q2"], in: folder)
    #expect(json.status == 0)
    #expect(try ExamplePack.schemaErrors(json.stdout).isEmpty)
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    let fsm = try #require(
      (object?["indicators"] as? [[String: Any]])?.first {
        $0["id"] as? String == "fsm-attainment-gap"
      })
    let carried = try #require((fsm["carried_actions"] as? [[String: Any]])?.first)
    #expect(carried["state"] as? String == "overdue")
    #expect(carried["due"] as? String == "2014-06-30")
    let flags = fsm["flags"] as? [[String: Any]] ?? []
    #expect(flags.contains { $0["rule"] as? String == "action-overdue" })
  }

  @Test func aLaterFileClosesIt() throws {
    let folder = try ExamplePack.copy()
    try Data(
      """
      fsm-attainment-gap:
        text: The report on the FSM gap was given to the board.
        actions:
          - owner: Phil Beswick
            action: Return to the next Children's Trust Board with a report on the FSM gap — action plan and strategy
            status: done

      """.utf8
    ).write(to: folder.appendingPathComponent("Indicators/commentary/2014-15-q1.yaml"))
    let run = try BoardpackProcess.run(["exceptions", "--period", "2014/15 Q2"], in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(!run.stdout.contains(Self.fsm))
    #expect(
      run.stdout.contains("4 actions from earlier meetings of this board are not yet closed."))
  }
}
