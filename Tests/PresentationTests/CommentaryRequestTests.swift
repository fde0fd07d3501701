import Analysis
import IndicatorModel
import Presentation
import Testing

/// What `boardpack commentary` asks each owner for: an entry per exception and per indicator
/// with an action from an earlier meeting, grouped by owner, the actions copied open.
@Suite struct CommentaryRequestTests {
  static func quarter(_ label: String) -> Period {
    Period(label, periodicity: .financialQuarter)!
  }

  /// A 2019/20 Q2 pack: permanent exclusions red against its plan (Phil Beswick's), and two
  /// indicators with actions from 2019/20 Q1 — Andrew Webb's, and one whose file names nobody,
  /// with an id and a due date.
  static func pack(commentary: Bool = true) -> Pack {
    func year(_ label: String) -> Period { Period(label, periodicity: .academicYear)! }
    let measure = Measure(type: .proportion, multiplier: 100, unit: "%", decimals: 2)
    let indicators = [
      Indicator(
        id: "permanent-exclusions", title: "Permanent exclusions", theme: "attainment",
        measure: measure, polarity: .lowerIsBetter, periodicity: .academicYear,
        target: Target(value: 0.1, label: "Plan"), owner: "Education Services",
        lead: "Phil Beswick"),
      Indicator(
        id: "suspensions", title: "Suspensions: all schools", theme: "attainment",
        measure: measure, polarity: .lowerIsBetter, periodicity: .academicYear),
      Indicator(
        id: "good-schools", title: "Schools judged good or outstanding", theme: "attainment",
        measure: measure, polarity: .higherIsBetter, periodicity: .academicYear,
        lead: "Andrew Webb"),
    ]
    let observations = [("2017/18", 42.0), ("2018/19", 52.0)].map { label, count in
      Observation(
        indicator: "permanent-exclusions", period: year(label), area: "E08000007",
        value: count / 400)
    }
    let q1 = quarter("2019/20 Q1")
    let earlier: [String: Commentary] = [
      "suspensions": Commentary(
        indicator: "suspensions", text: "Noted.",
        actions: [
          Action(
            owner: "SEND team", action: "Publish the SEND plan",
            due: CalendarDate(year: 2019, month: 12, day: 31), id: "send-plan")
        ]),
      "good-schools": Commentary(
        indicator: "good-schools", text: "Noted.",
        actions: [Action(owner: "Andrew Webb", action: "Write to the academy's sponsor")]),
    ]
    return Pack(
      id: "request", title: "Performance Report", organisation: "Stockport Council",
      board: "Family Partnership Board", area: Area(code: "E08000007", name: "Stockport"),
      period: quarter("2019/20 Q2"), themes: [Theme(id: "attainment", title: "Attainment")],
      indicators: indicators, observations: observations,
      commentary: commentary ? [q1: earlier] : [:])
  }

  @Test func ownersInNameOrderWithTheirEntriesAndNoOwnerLast() throws {
    let pack = Self.pack()
    let assessment = Assessor.assess(pack, generatorVersion: "test")
    let request = try #require(CommentaryRequest(pack: pack, assessment: assessment))
    #expect(request.period.label == "2019/20 Q2")
    #expect(request.parts.map(\.owner) == ["Andrew Webb", "Phil Beswick", nil])
    #expect(
      request.parts.map(\.heading) == [
        "Owner: Andrew Webb", "Owner: Phil Beswick",
        "Owner: not named (the indicators' files name no lead or owner)",
      ])
    #expect(request.owners == ["Andrew Webb", "Phil Beswick"])
    #expect(request.preface.first == "Commentary for 2019/20 Q2: Family Partnership Board.")

    let exclusions = try #require(request.parts[1].entries.first)
    let item = try #require(assessment.indicators.first { $0.id == "permanent-exclusions" })
    #expect(
      exclusions.notes
        == ["Permanent exclusions", "Why the board should look at this (Concern):"]
        + Words.reasons(item).map { "- " + $0.text } + ["Latest: 0.13% (2018/19)"])
    #expect(
      exclusions.commentary
        == Commentary(indicator: "permanent-exclusions", author: "Phil Beswick", text: ""))
  }

  @Test func carriedActionsAreCopiedOpenWithTheirIDAndDueDate() throws {
    let pack = Self.pack()
    let request = try #require(
      CommentaryRequest(pack: pack, assessment: Assessor.assess(pack, generatorVersion: "test")))
    let nobody = try #require(request.parts.last?.entries.first)
    #expect(
      nobody.notes == [
        "Suspensions: all schools", "Not an exception in 2019/20 Q2.", "Latest: No figure",
        "Actions from earlier meetings:",
        "- [Open] Publish the SEND plan (SEND team; raised 2019/20 Q1, due 31 December 2019)",
      ])
    #expect(
      nobody.commentary
        == Commentary(
          indicator: "suspensions", text: "",
          actions: [
            Action(
              owner: "SEND team", action: "Publish the SEND plan",
              due: CalendarDate(year: 2019, month: 12, day: 31), id: "send-plan", status: .open)
          ]))
    let webb = try #require(request.parts.first?.entries.first)
    #expect(
      webb.notes.last
        == "- [Due at this meeting] Write to the academy's sponsor (Andrew Webb; raised 2019/20 Q1, due 30 September 2019)"
    )
    #expect(
      webb.commentary.actions == [
        Action(owner: "Andrew Webb", action: "Write to the academy's sponsor", status: .open)
      ])
  }

  @Test func oneOwnersPartInAnyCase() throws {
    let pack = Self.pack()
    let request = try #require(
      CommentaryRequest(pack: pack, assessment: Assessor.assess(pack, generatorVersion: "test")))
    let part = try #require(request.only(owner: "phil BESWICK"))
    #expect(part.parts.map(\.owner) == ["Phil Beswick"])
    #expect(part.preface == request.preface)
    #expect(request.only(owner: "Viki Packman") == nil)
  }

  @Test func nothingToAskWithoutExceptionsOrActions() throws {
    var pack = Self.pack(commentary: false)
    pack.observations = []
    pack.indicators[0].target = nil
    let request = try #require(
      CommentaryRequest(pack: pack, assessment: Assessor.assess(pack, generatorVersion: "test")))
    #expect(request.isEmpty)
  }
}
