import Foundation
import Testing

/// `boardpack init` and `boardpack check`, end to end through the built executable.
@Suite struct CheckAndInitTests {
  let folder: URL

  init() throws { folder = try BoardpackProcess.temporaryFolder() }

  @Test func initWritesAPackThatChecksCleanly() throws {
    let initRun = try BoardpackProcess.run(["init", "Indicators"], in: folder)
    #expect(initRun.status == 0)
    #expect(
      initRun.stdout
        == "Wrote a starter pack to Indicators. Check it with: boardpack check --pack Indicators\n")
    // No --pack: the default is Indicators/ in the current folder.
    let check = try BoardpackProcess.run(["check"], in: folder)
    #expect(check.status == 0)
    #expect(check.stderr == "")
    #expect(
      check.stdout
        == "Indicators: 3 indicators, 38 observations, 2 partners — 0 errors, 0 warnings\n")
  }

  @Test func checkWarnsAboutATemplateCopiedBeforeAFieldWasAdded() throws {
    let folder = try ExamplePack.copy()
    let templates = folder.appendingPathComponent("Templates")
    try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
    // A key written for 0.1.0: it lists the signs but none of the fields added in 0.2.0.
    try Data("<section id=\"key\"><p>{{key.targetRule}}</p></section>\n".utf8)
      .write(to: templates.appendingPathComponent("key.mustache"))
    let check = try BoardpackProcess.run(["check"], in: folder)
    #expect(check.status == 0, "\(check.stderr)")
    let warnings = check.stderr.split(separator: "\n").filter {
      $0.hasPrefix("Templates/key.mustache:1:1: warning: does not use `key.")
    }
    #expect(warnings.count == 5, "\(check.stderr)")
    #expect(
      check.stderr.contains(
        "`key.marks` (the other marks on charts and tables, added in boardpack 0.2.0)"))
    // The repository's own templates use every field: no warning from the root.
    let root = try ExamplePack.run(["check"])
    #expect(!root.stderr.contains("Templates/"), "\(root.stderr)")
  }

  @Test func initRefusesANonEmptyFolder() throws {
    let target = folder.appendingPathComponent("mine")
    try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
    try Data("keep me".utf8).write(to: target.appendingPathComponent("notes.txt"))
    let run = try BoardpackProcess.run(["init", "mine"], in: folder)
    #expect(run.status == 1)
    #expect(run.stderr == "error: mine is not empty; choose a new or empty folder\n")
    let kept = try FileManager.default.contentsOfDirectory(atPath: target.path)
    #expect(kept == ["notes.txt"])
  }

  @Test func initUnderAFileSaysWhatIsInTheWay() throws {
    try Data("a file".utf8).write(to: folder.appendingPathComponent("notes"))
    let run = try BoardpackProcess.run(["init", "notes/mine"], in: folder)
    #expect(run.status == 1)
    #expect(
      run.stderr
        == "error: cannot write the starter pack to notes/mine: a file named \"notes\" is in the way; choose another folder\n"
    )
  }

  @Test func checkPrintsEveryProblemWithThePathAsGiven() throws {
    _ = try BoardpackProcess.run(["init", "packs/q4"], in: folder)
    let data = folder.appendingPathComponent("packs/q4/data/quarterly.csv")
    let csv = try String(contentsOf: data, encoding: .utf8)
    try Data(
      (csv
        + "cc-registration,2010/11 Q4,E06999999,55%,,,,,,\nrepeat-referals,2019,E06999999,1,,,,,,\n")
        .utf8
    ).write(to: data)
    let indicator = folder.appendingPathComponent("packs/q4/indicators/early-help-assessments.yaml")
    let definition = try String(contentsOf: indicator, encoding: .utf8)
    try Data(definition.replacingOccurrences(of: "owner:", with: "ownr:").utf8).write(to: indicator)
    let run = try BoardpackProcess.run(["check", "--pack", "packs/q4/"], in: folder)
    #expect(run.status == 1)
    #expect(
      run.stderr == """
        packs/q4/data/quarterly.csv:40:38: error: value "55%" is not a number (write 55 and set measure.unit to "%")
        packs/q4/data/quarterly.csv:41:1: error: unknown indicator "repeat-referals" (did you mean "repeat-referrals"?)
        packs/q4/indicators/early-help-assessments.yaml:10:1: error: unknown key "ownr" (did you mean "owner"?)

        """)
    #expect(
      run.stdout
        == "packs/q4/: 3 indicators, 38 observations, 2 partners — 3 errors, 0 warnings\n")
  }

  @Test func checkCountsTheRequestedPeriod() throws {
    _ = try BoardpackProcess.run(["init", "Indicators"], in: folder)
    let run = try BoardpackProcess.run(["check", "--period", "2013/14 Q4"], in: folder)
    #expect(run.status == 0)
    #expect(
      run.stdout
        == "Indicators: 3 indicators, 38 observations, 2 partners, 5 observations in 2013/14 Q4 — 0 errors, 0 warnings\n"
    )
  }

  @Test func checkRefusesABadPeriodLabel() throws {
    let run = try BoardpackProcess.run(["check", "--period", "Q4 2013"], in: folder)
    #expect(run.status == 64)  // EX_USAGE, as swift-argument-parser exits on a validation error
    #expect(run.stderr.contains("\"Q4 2013\" is not a period label"))
  }

  @Test func checkReportsAMissingPack() throws {
    let run = try BoardpackProcess.run(["check", "--pack", "nowhere"], in: folder)
    #expect(run.status == 1)
    #expect(run.stderr == "nowhere:1:1: error: pack folder not found\n")
  }

  @Test func helpExplainsTheCommands() throws {
    let check = try BoardpackProcess.run(["check", "--help"], in: folder)
    #expect(check.status == 0)
    #expect(check.stdout.contains("Load and validate the pack, and print every problem found."))
    #expect(check.stdout.contains("--pack <DIR>"))
    #expect(check.stdout.contains("--period <LABEL>"))
    #expect(check.stdout.contains("Exits 0 when there is no error"))
    let root = try BoardpackProcess.run(["--help"], in: folder)
    #expect(root.stdout.contains("check"))
    #expect(root.stdout.contains("init"))
  }
}
