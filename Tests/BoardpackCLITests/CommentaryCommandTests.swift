import Foundation
import Testing
import TestSupport

/// `boardpack commentary` end to end on the example pack at 2014/15 Q1, the meeting after the
/// Children's Trust Board of 2013/14 Q4: five exceptions and the five actions from that
/// meeting's minutes (Phil Beswick's FSM gap report and Andrew Webb's letter to the academy
/// sponsor among them), written as a request to four owners, checked, filled in and carried on.
@Suite struct CommentaryCommandTests {
  static let q1 = ["--period", "2014/15 Q1"]
  static let file = "Indicators/commentary/2014-15-q1.yaml"
  static let fsm =
    "Return to the next Children's Trust Board with a report on the FSM gap — action plan and strategy"

  /// A copy of the example pack with the 2014/15 Q1 request written into it, and its text.
  static func requested() throws -> (folder: URL, text: String) {
    let folder = try ExamplePack.copy()
    let run = try BoardpackProcess.run(["commentary"] + q1, in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr == "")
    #expect(
      run.stdout
        == "Wrote \(file): 6 entries for 4 owners. Send each owner their part (boardpack commentary --owner NAME); boardpack check warns about every entry still without text.\n"
    )
    let text = try String(
      contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
    return (folder, text)
  }

  /// Viki Packman's part as `--owner` prints it: the notes at the top, then her entry.
  static let vikiPackman = """
    # Commentary for 2014/15 Q1: Children's Trust Board.
    #
    # A request to each owner, written by boardpack commentary: an entry for every
    # exception the board will see and every indicator with an action from an
    # earlier meeting. Lines starting with # are notes; the pack never shows them.
    #
    # To answer, write the commentary (Markdown) in place of "" after text:, or
    # over several lines:
    #   text: |
    #     Registration continues to rise and is now at 55%.
    # Once an action is closed, change its status to done or dropped; leave its
    # owner and action as they are, since they say which action it is. A new
    # action goes under actions: with its owner, action and, if set, due
    # (YYYY-MM-DD).
    #
    # Until its text is written, an entry shows as no commentary in the pack, and
    # boardpack check warns about it.

    # Owner: Viki Packman

    # Children's Centre registration (children under 5)
    # Why the board should look at this (Concern):
    # - 57.7% is 22.3 points below the Ofsted expectation of 80% — red for 21
    #   quarters in a row.
    # - The process limits, 44.5% to 49.6%, are where the figure falls while
    #   nothing changes; the Ofsted expectation of 80% is above them, so it will
    #   consistently be missed unless something changes (SPC assurance: fail).
    # - Significantly worse than England (57.7% vs 67.5%).
    # - Up from 52.3% to 57.7% (2013/14 Q1 to 2014/15 Q1): better; the 95%
    #   intervals do not overlap, so the rise is not chance. In 2009/10 Q1, five
    #   years earlier, it was 38.4%.
    # Latest: 57.7% (2014/15 Q1; 95% interval 56.7% to 58.7%)
    # Actions from earlier meetings:
    # - [Due at this meeting] Use the links with health so that all children under
    #   5 are registered with a Children's Centre (Viki Packman; raised 2013/14
    #   Q4, due 30 June 2014)
    cc-registration:
      author: Viki Packman
      text: ""
      actions:
      - owner: Viki Packman
        action: Use the links with health so that all children under 5 are registered
          with a Children's Centre
        status: open

    """

  @Test func anEntryForEveryExceptionAndCarriedActionGroupedByOwner() throws {
    let (_, text) = try Self.requested()
    // Owners in name order, each entry authored by the indicator's owner, the text empty.
    let entries = [
      ("Chris McLoughlin", "cp-reviews-on-time"), ("Duncan Weldrake", "injury-admissions"),
      ("Phil Beswick", "fsm-attainment-gap"), ("Phil Beswick", "permanent-exclusions"),
      ("Phil Beswick", "suspensions"), ("Viki Packman", "cc-registration"),
    ]
    var offsets: [Int] = []
    for (owner, id) in entries {
      let entry = try #require(text.range(of: "\n\(id):\n  author: \(owner)\n  text: \"\"\n"))
      offsets.append(text.distance(from: text.startIndex, to: entry.lowerBound))
      let heading = text[..<entry.lowerBound].components(separatedBy: "\n# Owner: ").last
      #expect(heading?.prefix { $0 != "\n" } == owner[...], "\(id)")
    }
    #expect(offsets == offsets.sorted())
    #expect(text.components(separatedBy: "\n# Owner: ").count == 5)
    #expect(text.components(separatedBy: "\n  text: \"\"\n").count == 7)
    // Each action from 2013/14 Q4 is copied with its owner and words, open.
    for (owner, action) in [
      (
        "Local Safeguarding Children Board",
        "Share the independent review of lessons learned from Operation Windermere"
      ),
      ("Public Health", "Take the paper on childhood accidents to CYP scrutiny"),
      (
        "Phil Beswick",
        "Return to the next Children's Trust Board with a report on the FSM gap\n      — action plan and strategy"
      ),
      (
        "Andrew Webb",
        "Write to the chair of Stockport Academy's sponsors (United Learning)\n      to say that the exclusions issue has been discussed at the Children's Trust\n      Board, and ask for a way forward to be found"
      ),
      (
        "Viki Packman",
        "Use the links with health so that all children under 5 are registered\n      with a Children's Centre"
      ),
    ] {
      #expect(
        text.contains("  - owner: \(owner)\n    action: \(action)\n    status: open\n"), "\(owner)")
    }
    // The readings above an entry, in the exceptions list's words.
    #expect(
      text.contains(
        """
        # Child protection plans reviewed within timescale
        # Not an exception in 2014/15 Q1.
        # Latest: 95.1% (2014/15 Q1; 95% interval 88.1% to 98.1%)
        # Actions from earlier meetings:
        # - [Due at this meeting] Share the independent review of lessons learned from
        #   Operation Windermere (Local Safeguarding Children Board; raised 2013/14
        #   Q4, due 30 June 2014)
        cp-reviews-on-time:
        """))
    #expect(
      text.hasSuffix(Self.vikiPackman.components(separatedBy: "\n# Owner: Viki Packman\n")[1]))
  }

  @Test func theFileLoadsAndCheckWarnsAboutEachEntryWithoutText() throws {
    let (folder, _) = try Self.requested()
    let check = try BoardpackProcess.run(["check"] + Self.q1, in: folder)
    #expect(check.status == 0)
    #expect(
      check.stdout
        == "Indicators: 14 indicators, 1,777 observations, 4 partners, 6 observations in 2014/15 Q1 — 0 errors, 6 warnings\n"
    )
    #expect(
      check.stderr.split(separator: "\n") == [
        "\(Self.file):30:3: warning: the commentary for cp-reviews-on-time has no text yet: its author, Chris McLoughlin, has not written it; until then the pack shows no commentary for it",
        "\(Self.file):50:3: warning: the commentary for injury-admissions has no text yet: its author, Duncan Weldrake, has not written it; until then the board will read only \"Significantly worse than England (128.0 per 10,000 vs 104.0 per 10,000).\"",
        "\(Self.file):71:3: warning: the commentary for fsm-attainment-gap has no text yet: its author, Phil Beswick, has not written it; until then the board will read only \"Worse than the year before for 3 years in a row.\"",
        "\(Self.file):92:3: warning: the commentary for permanent-exclusions has no text yet: its author, Phil Beswick, has not written it; until then the board will read only \"Significantly worse than England (0.10% vs 0.07%).\"",
        "\(Self.file):110:3: warning: the commentary for suspensions has no text yet: its author, Phil Beswick, has not written it; until then the board will read only \"Significantly worse than England (4.92 per 100 pupils vs 4.03 per 100 pupils).\"",
        "\(Self.file):132:3: warning: the commentary for cc-registration has no text yet: its author, Viki Packman, has not written it; until then the board will read only \"57.7% is 22.3 points below the Ofsted expectation of 80% — red for 21 quarters in a row.\"",
      ])
  }

  @Test func aSecondRunRefusesAndLeavesTheFileAsItWas() throws {
    let (folder, _) = try Self.requested()
    let url = folder.appendingPathComponent(Self.file)
    let before = try Data(contentsOf: url)
    let again = try BoardpackProcess.run(["commentary"] + Self.q1, in: folder)
    #expect(again.status == 1)
    #expect(again.stdout == "")
    #expect(
      again.stderr
        == "\(Self.file):1:1: error: the commentary file for 2014/15 Q1 already exists; boardpack commentary never writes over one (move it aside to write a new request, or use --owner NAME to print one owner's part)\n"
    )
    #expect(try Data(contentsOf: url) == before)
    let names = try FileManager.default.contentsOfDirectory(
      atPath: folder.appendingPathComponent("Indicators/commentary").path)
    #expect(names.sorted() == ["2013-14-q4.yaml", "2014-15-q1.yaml", "2019-20-q2.yaml"])
  }

  @Test func ownerPrintsOnlyThatOwnersPartAndWritesNothing() throws {
    let folder = try ExamplePack.copy()
    let run = try BoardpackProcess.run(
      ["commentary", "--owner", "Viki Packman"] + Self.q1, in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout == Self.vikiPackman)
    #expect(
      !FileManager.default.fileExists(atPath: folder.appendingPathComponent(Self.file).path))
  }

  @Test func anUnknownOwnerFailsAndListsTheOwnersWithEntries() throws {
    let folder = try ExamplePack.copy()
    let run = try BoardpackProcess.run(
      ["commentary", "--owner", "Andrew Webb"] + Self.q1, in: folder)
    #expect(run.status == 1)
    #expect(run.stdout == "")
    #expect(
      run.stderr
        == "error: no entries for owner \"Andrew Webb\" in 2014/15 Q1; the owners with entries are \"Chris McLoughlin\", \"Duncan Weldrake\", \"Phil Beswick\", \"Viki Packman\"\n"
    )
  }

  /// Until the owners write, the pack shows no commentary and lists each action once, among
  /// the actions from earlier meetings.
  @Test func anEntryWithoutTextIsNoCommentaryInThePack() throws {
    let (folder, _) = try Self.requested()
    let exceptions = try BoardpackProcess.run(["exceptions"] + Self.q1, in: folder)
    #expect(exceptions.status == 0)
    #expect(
      exceptions.stdout.components(separatedBy: "   Commentary: none for this period.\n").count == 6
    )
    #expect(!exceptions.stdout.contains("   Commentary from"))
    #expect(!exceptions.stdout.contains("   Action: "))
    let build = try BoardpackProcess.run(
      ["build", "--format", "pdf", "--quiet"] + Self.q1, in: folder)
    #expect(build.status == 0, "\(build.stderr)")
    let (status, text) = try Tool.run(
      "/usr/bin/env",
      [
        "pdftotext", folder.appendingPathComponent("Output/stockport-cyp/2014-15-q1/pack.pdf").path,
        "-",
      ])
    #expect(status == 0)
    let pdf = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    // Each of the 5 exceptions and each of the 14 indicators' sections.
    #expect(pdf.components(separatedBy: "No commentary was given for 2014/15 Q1.").count == 20)
    #expect(!pdf.contains("— Viki Packman"))
    #expect(pdf.components(separatedBy: "Return to the next Children's Trust Board").count == 2)
  }

  @Test func aWrittenTextAndADoneActionEndTheWarningAndTheCarrying() throws {
    let (folder, text) = try Self.requested()
    let filled = text.replacingOccurrences(
      of: "  author: Viki Packman\n  text: \"\"\n",
      with:
        "  author: Viki Packman\n  text: |\n    Registration is now at 57.7%; the links with health go on.\n"
    ).replacingOccurrences(
      of:
        "    action: Return to the next Children's Trust Board with a report on the FSM gap\n      — action plan and strategy\n    status: open\n",
      with:
        "    action: Return to the next Children's Trust Board with a report on the FSM gap\n      — action plan and strategy\n    status: done\n"
    )
    #expect(filled != text)
    try Data(filled.utf8).write(to: folder.appendingPathComponent(Self.file))

    let check = try BoardpackProcess.run(["check"] + Self.q1, in: folder)
    #expect(check.status == 0)
    #expect(check.stdout.hasSuffix("— 0 errors, 5 warnings\n"))
    #expect(!check.stderr.contains("cc-registration"))

    let now = try BoardpackProcess.run(["exceptions"] + Self.q1, in: folder)
    #expect(now.stdout.contains("   Commentary from Viki Packman.\n"))
    #expect(!now.stdout.contains(Self.fsm))
    #expect(
      now.stdout.contains("4 actions from earlier meetings of this board are not yet closed."))

    let next = try BoardpackProcess.run(["exceptions", "--period", "2014/15 Q2"], in: folder)
    #expect(next.status == 0, "\(next.stderr)")
    #expect(!next.stdout.contains(Self.fsm))
    #expect(
      next.stdout.contains(
        "4 actions from earlier meetings of this board are not yet closed. Of these, 4 are overdue."
      ))
    #expect(
      next.stdout.contains(
        "- [Overdue] Write to the chair of Stockport Academy's sponsors (United Learning) to say that the exclusions issue has been discussed at the Children's Trust Board, and ask for a way forward to be found (Andrew Webb; Permanent exclusions (% of pupils); raised 2013/14 Q4, due 30 June 2014)"
      ))
  }

  @Test func withNothingToAskItSaysSoAndWritesNothing() throws {
    let folder = try ExamplePack.copy()
    let run = try BoardpackProcess.run(["commentary", "--period", "2008/09 Q1"], in: folder)
    #expect(run.status == 0)
    #expect(
      run.stdout
        == "No exceptions and no actions from earlier meetings in 2008/09 Q1: there is nothing to ask the owners, so no commentary file was written.\n"
    )
    #expect(
      !FileManager.default.fileExists(
        atPath: folder.appendingPathComponent("Indicators/commentary/2008-09-q1.yaml").path))
  }

  @Test func helpSaysWhatItWritesAndThatItNeverWritesOverAFile() throws {
    let folder = try BoardpackProcess.temporaryFolder()
    let help = try BoardpackProcess.run(["commentary", "--help"], in: folder)
    #expect(help.status == 0)
    let text = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(
      text.hasPrefix("OVERVIEW: Write the period's commentary file as a request to the owners."))
    #expect(text.contains("It never writes over a commentary file the period already has."))
    #expect(
      text.contains(
        "--owner <NAME> Print this owner's part to standard output instead of writing the file."))
    let root = try BoardpackProcess.run(["--help"], in: folder)
    #expect(
      root.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains(
        "commentary Write the period's commentary file as a request to the owners."))
  }
}
