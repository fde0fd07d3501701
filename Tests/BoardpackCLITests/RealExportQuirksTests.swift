import Foundation
import Testing

/// How real published exports look, each quirk with the exact words the officer reads (issue
/// 19). The export is the real Fingertips file (Tests/Fixtures/fingertips/README.md), edited only
/// where a quirk needs a row it lacks.
@Suite struct RealExportQuirksTests {
  static let export = ImportTests.export

  /// The example pack with every indicator, data file and commentary removed: a pack an officer
  /// starts from pack.yaml, partners.yaml and meetings.yaml alone.
  static func emptyPack() throws -> URL {
    let folder = try ExamplePack.copy()
    let pack = folder.appendingPathComponent("Indicators")
    for sub in ["indicators", "data", "commentary"] {
      let dir = pack.appendingPathComponent(sub)
      for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) {
        try FileManager.default.removeItem(at: dir.appendingPathComponent(name))
      }
    }
    let partners = pack.appendingPathComponent("partners.yaml")
    let text = try String(contentsOf: partners, encoding: .utf8)
    try Data(
      text.split(separator: "\n", omittingEmptySubsequences: false)
        .filter { !$0.hasPrefix("  indicators:") }.joined(separator: "\n").utf8
    ).write(to: partners)
    return folder
  }

  static func lines(_ text: String) -> [String] {
    text.split(separator: "\n").map(String.init)
  }

  @Test("an empty pack: check warns, a build refuses, an import starts it (asking for the theme)")
  func emptyPack() throws {
    let folder = try Self.emptyPack()
    let check = try BoardpackProcess.run(["check"], in: folder)
    #expect(check.status == 0, "\(check.stderr)")
    #expect(
      Self.lines(check.stderr).contains(
        "Indicators/pack.yaml:1:1: warning: the pack has no indicators yet (add a definition file to the indicators folder, or bring one in with `boardpack import`)"
      ))
    let build = try BoardpackProcess.run(["build"], in: folder)
    #expect(build.status == 1)
    #expect(
      Self.lines(build.stderr).contains(
        "Indicators/pack.yaml: error: the pack has no indicators, so there is nothing to build; add a definition file to the indicators folder, or bring one in with `boardpack import`"
      ), "\(build.stderr)")

    let noTheme = try BoardpackProcess.run(
      ["import", "fingertips", Self.export, "--indicator", "injury-admissions"], in: folder)
    #expect(noTheme.status == 1)
    #expect(
      noTheme.stderr
        == "Indicators/pack.yaml:1:1: error: injury-admissions is a new indicator: say which theme it belongs to with --theme, one of staying-safe (Staying safe), early-years (Early years and early intervention), poverty (Child poverty and new ways of working), attainment (Attainment and skills), health (Health)\n\(Self.export): nothing imported\n"
    )
    #expect(
      try FileManager.default.contentsOfDirectory(
        atPath: folder.appendingPathComponent("Indicators/data").path
      ).isEmpty)

    let imported = try BoardpackProcess.run(
      [
        "import", "fingertips", Self.export, "--indicator", "injury-admissions", "--theme",
        "health",
      ],
      in: folder)
    #expect(imported.status == 0, "\(imported.stderr)")
    let report = Self.lines(imported.stdout)
    #expect(
      report.first
        == "Indicators/data/injury-admissions.csv: 13 rows for injury-admissions (13 new, 0 revised, 0 removed, 0 unchanged); 141 rows for areas not in pack.yaml left out"
    )
    // Fingertips' own labels: "Worse" where higher than England and "getting better" where
    // falling, in every labelled row of the file, the pack's areas and the 141 others.
    #expect(
      report.contains(
        "suggested: polarity: lower-is-better — the export's \"Better\"/\"Worse\"/\"getting better\"/\"getting worse\" labels agree with it in 135 of 135 rows (not set: the choice is yours)"
      ))
    let yaml = try String(
      contentsOf: folder.appendingPathComponent("Indicators/indicators/injury-admissions.yaml"),
      encoding: .utf8)
    #expect(yaml.contains("theme: health\n"))
    #expect(yaml.contains("\npolarity: unset\n"))
    let after = try BoardpackProcess.run(["check"], in: folder)
    #expect(after.status == 0, "\(after.stderr)")
  }

  @Test("an older release: the import stops, names both periods and writes nothing")
  func olderRelease() throws {
    let folder = try ExamplePack.copy()
    let data = folder.appendingPathComponent("Indicators/data/injury-admissions.csv")
    let before = try Data(contentsOf: data)
    let output = try BoardpackProcess.run(
      ["import", "fingertips", Self.export, "--indicator", "injury-admissions"], in: folder)
    #expect(output.status == 1)
    #expect(
      output.stderr
        == "\(Self.export):21:1: error: this export looks like an older release: its latest figure for Stockport is for 2022/23, but the pack already holds 2023/24, and importing it would overwrite 12 figures with older ones; download the latest release, or give --accept-older to import it anyway\n\(Self.export): nothing imported\n"
    )
    #expect(try Data(contentsOf: data) == before)
    let accepted = try BoardpackProcess.run(
      ["import", "fingertips", Self.export, "--indicator", "injury-admissions", "--accept-older"],
      in: folder)
    #expect(accepted.status == 0, "\(accepted.stderr)")
    #expect(
      Self.lines(accepted.stdout).contains(
        "note: an older release, imported because of --accept-older: its latest figure for Stockport is for 2022/23, but the pack already holds 2023/24"
      ))
  }

  @Test("a value the publisher rounded twice imports (Plymouth's 615 / 42,343 → 145.24243)")
  func doubleRounded() throws {
    let folder = try Self.emptyPack()
    let text = try String(contentsOfFile: Self.export, encoding: .utf8)
    // Stockport's row given Plymouth's published 2013/14-style figures: 145.2424250 exactly,
    // published as 145.24243 (rounded to 145.242425 first). Half a unit of the last decimal
    // would allow 145.242425 ± 0.000005 only.
    let edited = text.replacingOccurrences(
      of: "2022/23,99.6615,91.3562,108.5191,", with: "2022/23,145.24243,134.0,157.2,"
    ).replacingOccurrences(of: ",530,53180,", with: ",615,42343,")
    #expect(edited != text)
    let file = folder.appendingPathComponent("plymouth-like.csv")
    try Data(edited.utf8).write(to: file)
    let output = try BoardpackProcess.run(
      [
        "import", "fingertips", file.path, "--indicator", "injury-admissions", "--theme", "health",
        "--dry-run",
      ], in: folder)
    #expect(output.status == 0, "\(output.stderr)")
    #expect(
      Self.lines(output.stdout).dropFirst().first
        == "Indicators/data/injury-admissions.csv: 13 rows for injury-admissions (13 new, 0 revised, 0 removed, 0 unchanged); 141 rows for areas not in pack.yaml left out"
    )
    // One more in the seventh decimal is not the publisher's rounding: a located error.
    let wrong = edited.replacingOccurrences(of: "2022/23,145.24243,", with: "2022/23,145.24244,")
    try Data(wrong.utf8).write(to: file)
    let refused = try BoardpackProcess.run(
      ["import", "fingertips", file.path, "--indicator", "injury-admissions", "--theme", "health"],
      in: folder)
    #expect(refused.status == 1)
    #expect(
      refused.stderr.contains(
        "plymouth-like.csv:21:213: error: value 145.24244 disagrees with numerator/denominator (615 / 42343 × 10,000 = 145.2424250)"
      ), "\(refused.stderr)")
  }

  @Test("a comparator with no figure: assessment.json says not compared, with the reason")
  func missingComparatorFigure() throws {
    let folder = try Self.emptyPack()
    let text = try String(contentsOfFile: Self.export, encoding: .utf8)
    // England's row as Fingertips writes a value it does not present: no value, interval or
    // count.
    let edited = text.replacingOccurrences(
      of: "2022/23,75.30912,74.76962,75.85155,74.45987,76.16514,\"74,588\",9904245,",
      with: "2022/23,,,,,,<div class=\"no-data\">-</div>,,")
    #expect(edited != text)
    let file = folder.appendingPathComponent("no-england.csv")
    try Data(edited.utf8).write(to: file)
    let imported = try BoardpackProcess.run(
      ["import", "fingertips", file.path, "--indicator", "injury-admissions", "--theme", "health"],
      in: folder)
    #expect(imported.status == 0, "\(imported.stderr)")
    let assess = try BoardpackProcess.run(
      ["assess", "--format", "json", "--period", "2022/23 Q4"], in: folder)
    #expect(assess.status == 0, "\(assess.stderr)")
    let json = try JSONSerialization.jsonObject(with: Data(assess.stdout.utf8)) as? [String: Any]
    let indicator = try #require((json?["indicators"] as? [[String: Any]])?.first)
    let benchmarks = indicator["benchmarks"] as? [[String: Any]] ?? []
    let england = try #require(
      benchmarks.first {
        $0["comparator"] as? String == "E92000001" && $0["period"] as? String == "2022/23"
      })
    #expect(england["comparison"] as? String == "not-compared")
    #expect(england["value"] is NSNull)
    #expect(england["reason"] as? String == "no-comparator-figure")
  }
}
