import IndicatorModel
import Testing

@testable import Analysis

/// Actions carried from meeting to meeting (issue 20, item 3): due at the next meeting when the
/// minutes give no date, overdue after it, lapsed four periods on, closed by a later file, and
/// never carried across a change of board.
@Suite("Actions carried forward")
struct ActionLedgerTests {
  func quarter(_ label: String) -> Period { Period(label, periodicity: .financialQuarter)! }

  static let fsm = Action(
    owner: "Phil Beswick",
    action: "Return to the next Children's Trust Board with a report on the FSM gap")
  static let letter = Action(
    owner: "Andrew Webb", action: "Write to the chair of Stockport Academy's sponsors",
    due: CalendarDate(year: 2014, month: 9, day: 30))

  func pack(
    commentary: [String: [String: [Action]]], meetings: [Meeting] = []
  ) -> Pack {
    var byPeriod: [Period: [String: Commentary]] = [:]
    for (label, entries) in commentary {
      byPeriod[quarter(label)] = entries.mapValues { actions in
        Commentary(indicator: "", author: nil, text: "Noted.", actions: actions)
      }
      for key in entries.keys { byPeriod[quarter(label)]?[key]?.indicator = key }
    }
    var pack = Pack(
      id: "stockport-cyp", title: "Quarterly Performance Report", organisation: "Stockport Council",
      board: "Children's Trust Board", area: Area(code: "E08000007", name: "Stockport"),
      comparators: [], period: quarter("2013/14 Q4"), themes: [], indicators: [],
      observations: [], commentary: byPeriod)
    pack.meetings = meetings
    return pack
  }

  func states(_ pack: Pack, at label: String) -> [String] {
    ActionLedger.carried(in: pack, at: quarter(label)).map {
      "\($0.action.owner): \($0.state.rawValue) \($0.due)"
    }
  }

  @Test("no date: due at the next meeting, overdue after it, lapsed four periods on, then gone")
  func lifecycle() {
    let p = pack(commentary: ["2013/14 Q4": ["fsm-attainment-gap": [Self.fsm]]])
    #expect(states(p, at: "2013/14 Q4") == [])  // this meeting's own action is not carried
    #expect(states(p, at: "2014/15 Q1") == ["Phil Beswick: due 2014-06-30"])
    #expect(states(p, at: "2014/15 Q2") == ["Phil Beswick: overdue 2014-06-30"])
    #expect(states(p, at: "2015/16 Q1") == ["Phil Beswick: lapsed 2014-06-30"])
    #expect(states(p, at: "2015/16 Q2") == [])
  }

  @Test("a due date: open until the meeting it falls due at")
  func dated() {
    let p = pack(commentary: ["2013/14 Q4": ["permanent-exclusions": [Self.letter]]])
    #expect(states(p, at: "2014/15 Q1") == ["Andrew Webb: open 2014-09-30"])
    #expect(states(p, at: "2014/15 Q2") == ["Andrew Webb: due 2014-09-30"])
  }

  @Test("closed by a later file, by its text or by its id")
  func closed() {
    var done = Self.fsm
    done.status = .done
    let byText = pack(commentary: [
      "2013/14 Q4": ["fsm-attainment-gap": [Self.fsm]],
      "2014/15 Q1": ["fsm-attainment-gap": [done]],
    ])
    #expect(states(byText, at: "2014/15 Q1") == [])
    #expect(states(byText, at: "2014/15 Q2") == [])
    var named = Self.letter
    named.id = "academy-letter"
    let dropped = Action(
      owner: "A. Webb", action: "(dropped)", id: "academy-letter", status: .dropped)
    let byID = pack(commentary: [
      "2013/14 Q4": ["permanent-exclusions": [named]],
      "2014/15 Q1": ["permanent-exclusions": [dropped]],
    ])
    #expect(states(byID, at: "2014/15 Q2") == [])
  }

  /// `boardpack commentary` copies each carried action into the next file, open, for its owner
  /// to mark done: there it updates the earlier action and is not a new one of that meeting.
  @Test("an action restated in a later file is that meeting's update, not a new action")
  func restated() {
    var done = Self.letter
    done.status = .done
    var open = Self.fsm
    open.status = .open
    let new = Action(owner: "Phil Beswick", action: "Share the FSM action plan with schools")
    let p = pack(commentary: [
      "2013/14 Q4": ["fsm-attainment-gap": [Self.fsm], "permanent-exclusions": [Self.letter]],
      "2014/15 Q1": ["fsm-attainment-gap": [open, new], "permanent-exclusions": [done]],
    ])
    let q1 = quarter("2014/15 Q1")
    #expect(ActionLedger.raised(in: p, at: q1, indicator: "fsm-attainment-gap") == [new])
    #expect(ActionLedger.raised(in: p, at: q1, indicator: "permanent-exclusions") == [])
    #expect(states(p, at: "2014/15 Q1") == ["Phil Beswick: due 2014-06-30"])
    // The first meeting's actions are all its own.
    let q4 = quarter("2013/14 Q4")
    #expect(ActionLedger.raised(in: p, at: q4, indicator: "fsm-attainment-gap") == [Self.fsm])
  }

  @Test("a change of board ends the carrying")
  func boardChange() {
    let p = pack(
      commentary: ["2013/14 Q4": ["fsm-attainment-gap": [Self.fsm]]],
      meetings: [Meeting(period: quarter("2014/15 Q1"), board: "Family Partnership Board")])
    #expect(states(p, at: "2014/15 Q1") == [])
  }

  @Test("overdue is a watch flag with the action's words, not an exception by default")
  func overdueFlag() throws {
    var p = pack(commentary: ["2013/14 Q4": ["fsm-attainment-gap": [Self.fsm]]])
    p.indicators = [
      Indicator(
        id: "fsm-attainment-gap", title: "FSM gap", theme: "attainment",
        measure: Measure(type: .value), polarity: .lowerIsBetter, periodicity: .academicYear)
    ]
    p.themes = [Theme(id: "attainment", title: "Attainment")]
    p.period = quarter("2014/15 Q2")
    let item = try #require(Assessor.assess(p, generatorVersion: "test").indicators.first)
    let flag = try #require(item.flags.first { $0.rule == .actionOverdue })
    #expect(flag.severity == .watch)
    #expect(
      flag.message
        == "An action from an earlier meeting is overdue: \"Return to the next Children's Trust Board with a report on the FSM gap\" (Phil Beswick, from 2013/14 Q4, due 30 June 2014)."
    )
    #expect(!item.exceptionFlags.contains { $0.rule == .actionOverdue })
  }
}
