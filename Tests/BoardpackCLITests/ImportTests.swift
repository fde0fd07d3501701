import Foundation
import Testing

/// `boardpack import` end to end, always on a temporary copy of the example pack. The real export
/// is the 2022/23 release and the pack holds 2023/24, so re-imports give `--accept-older`.
@Suite struct ImportTests {
  static let export = ExamplePack.root.appendingPathComponent(
    "Tests/Fixtures/fingertips/ft_90284_utla_2022-23.csv"
  ).path

  @Test func fingertipsImportReportsRevisionsAndTheCrossCheck() throws {
    let folder = try ExamplePack.copy()
    let output = try BoardpackProcess.run(
      [
        "import", "fingertips", Self.export, "--indicator", "injury-admissions", "--accept-older",
      ], in: folder)
    #expect(output.status == 0, "\(output.stderr)")
    let lines = output.stdout.split(separator: "\n").map(String.init)
    #expect(
      lines.first
        == "Indicators/data/injury-admissions.csv: 13 rows for injury-admissions (1 new, 12 revised, 0 removed, 0 unchanged); 141 rows for areas not in pack.yaml left out"
    )
    #expect(
      lines.contains(
        "revised: 2022/23 Stockport (E08000007): value 99.6859 → 99.6615, denominator 53167 → 53180, lower_ci 91.37849 → 91.3562, upper_ci 108.54561 → 108.5191"
      ))
    #expect(
      lines.contains(
        "cross-check: 36 of 37 published judgements agree (England 12 of 12, parent 12 of 12, recent trend 12 of 13)"
      ))
    #expect(
      lines.contains(
        "disagrees: 2022/23 Leeds (E08000035) vs recent trend: published \"Decreasing and getting better\", boardpack cannot-be-calculated"
      ))
  }

  @Test func aDryRunReportsTheSameChangesAndWritesNothing() throws {
    let folder = try ExamplePack.copy()
    let data = folder.appendingPathComponent("Indicators/data/injury-admissions.csv")
    let before = try Data(contentsOf: data)
    let output = try BoardpackProcess.run(
      [
        "import", "fingertips", Self.export, "--indicator", "injury-admissions", "--dry-run",
        "--accept-older",
      ],
      in: folder)
    #expect(output.status == 0, "\(output.stderr)")
    let lines = output.stdout.split(separator: "\n").map(String.init)
    #expect(
      lines.first == "Dry run: nothing was written. Without --dry-run the import would write:")
    #expect(
      lines.dropFirst().first
        == "Indicators/data/injury-admissions.csv: 13 rows for injury-admissions (1 new, 12 revised, 0 removed, 0 unchanged); 141 rows for areas not in pack.yaml left out"
    )
    #expect(
      lines.contains {
        $0.hasPrefix("revised: 2022/23 Stockport (E08000007): value 99.6859 → 99.6615")
      })
    #expect(try Data(contentsOf: data) == before)
    // A new indicator's definition is not written either.
    let new = try BoardpackProcess.run(
      [
        "import", "fingertips", Self.export, "--indicator", "child-injuries", "--theme", "health",
        "--dry-run",
      ],
      in: folder)
    #expect(new.status == 0, "\(new.stderr)")
    #expect(
      !FileManager.default.fileExists(
        atPath: folder.appendingPathComponent("Indicators/indicators/child-injuries.yaml").path))
    #expect(
      !FileManager.default.fileExists(
        atPath: folder.appendingPathComponent("Indicators/data/child-injuries.csv").path))
  }

  @Test func roundTripImportThenAssess() throws {
    let folder = try ExamplePack.copy()
    _ = try BoardpackProcess.run(
      [
        "import", "fingertips", Self.export, "--indicator", "injury-admissions", "--accept-older",
      ], in: folder)
    let output = try BoardpackProcess.run(
      // 2022/23 injury admissions are out by February 2024 (`published: { lag_months: 11 }`).
      ["assess", "--format", "json", "--period", "2023/24 Q4"], in: folder)
    #expect(output.status == 0, "\(output.stderr)")
    let json = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
    let indicators = json?["indicators"] as? [[String: Any]] ?? []
    let injury = try #require(indicators.first { $0["id"] as? String == "injury-admissions" })
    let observations = injury["observations"] as? [[String: Any]] ?? []
    let stockport = try #require(
      observations.first {
        $0["area"] as? String == "E08000007" && $0["period"] as? String == "2022/23"
      })
    #expect(stockport["value"] as? Double == 99.6615)
    let benchmarks = injury["benchmarks"] as? [[String: Any]] ?? []
    let england = try #require(benchmarks.first { $0["comparator"] as? String == "E92000001" })
    // The published judgement for Stockport against England is "Worse".
    #expect(england["comparison"] as? String == "worse")
  }

  @Test func newIndicatorThenCheckWarnsUntilPolarityIsSet() throws {
    let folder = try ExamplePack.copy()
    let output = try BoardpackProcess.run(
      ["import", "fingertips", Self.export, "--indicator", "child-injuries", "--theme", "health"],
      in: folder)
    #expect(output.status == 0, "\(output.stderr)")
    #expect(
      output.stdout.contains(
        "Indicators/indicators/child-injuries.yaml: new indicator; set its polarity"))
    let check = try BoardpackProcess.run(["check"], in: folder)
    #expect(check.status == 0)
    #expect(
      check.stderr.contains(
        "Indicators/indicators/child-injuries.yaml:14:11: warning: polarity is not set"))
  }

  @Test func aBadExportPrintsLocatedErrorsAndChangesNothing() throws {
    let folder = try ExamplePack.copy()
    let bad = folder.appendingPathComponent("bad.csv")
    try Data("Indicator ID,Area Code,Time period,Value\n90284,E08000007,2022/23,lots\n".utf8)
      .write(to: bad)
    let before = try Data(
      contentsOf: folder.appendingPathComponent("Indicators/data/injury-admissions.csv"))
    let output = try BoardpackProcess.run(
      ["import", "fingertips", "bad.csv", "--indicator", "injury-admissions"], in: folder)
    #expect(output.status == 1)
    #expect(
      output.stderr
        == "bad.csv:2:25: error: Value \"lots\" is not a number\nbad.csv: nothing imported\n")
    #expect(
      try Data(contentsOf: folder.appendingPathComponent("Indicators/data/injury-admissions.csv"))
        == before)
  }

  @Test func mappedCSVRoute() throws {
    let folder = try ExamplePack.copy()
    let file = folder.appendingPathComponent("dfe.csv")
    try Data(
      """
      time_period,geographic_level,new_la_code,perm_excl_rate
      201920,Local authority,E08000007,0.06
      201920,National,E92000001,0.06

      """.utf8
    ).write(to: file)
    let output = try BoardpackProcess.run(
      [
        "import", "csv", "dfe.csv", "--indicator", "permanent-exclusions", "--map",
        "period=time_period,area=new_la_code,value=perm_excl_rate", "--period-format", "201617",
        "--where", "geographic_level=Local authority", "--accept-older",
      ], in: folder)
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.contains("revised: 2019/20 Stockport (E08000007): value "))
  }
}
