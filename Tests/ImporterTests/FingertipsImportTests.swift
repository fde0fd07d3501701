import Foundation
import IndicatorModel
import PackLoader
import Testing

@testable import Importer

/// The real export is Fingertips' 2022/23 release and the example pack holds 2023/24 from a later
/// one, so re-importing it into the pack is an older release: these tests accept it
/// (`acceptOlder`), as an officer would with `--accept-older`; RealExportQuirksTests checks the
/// refusal without it.
@Suite struct FingertipsImportTests {
  @Test func reimportingTheRealExportReportsStockportAsRevised() throws {
    let pack = try PackCopy()
    let before = try pack.text("data/under18-conceptions.csv")
    let outcome = try Importer.run(
      ImportRequest(
        packDirectory: pack.directory, file: PackCopy.fingertips,
        indicatorID: "injury-admissions", source: .fingertips(FingertipsOptions()),
        acceptOlder: true))
    let stockport = try #require(outcome.changes.revised.first { $0.area == "E08000007" })
    #expect(stockport.period.label == "2022/23")
    #expect(
      stockport.changes.first { $0.column == "value" }.map { [$0.old, $0.new] } == [
        "99.6859", "99.6615",
      ])
    #expect(
      stockport.changes.first { $0.column == "denominator" }.map { [$0.old, $0.new] } == [
        "53167", "53180",
      ])
    #expect(outcome.changes.revised.count == 12)
    #expect(outcome.changes.added.map(\.area) == ["E08000035"])  // Leeds had no injury rows
    #expect(outcome.otherAreaRows == 141)
    let data = try pack.text("data/injury-admissions.csv")
    #expect(
      data.contains("injury-admissions,2022/23,E08000007,99.6615,530,53180,91.3562,108.5191,,\n"))
    #expect(data.components(separatedBy: ",2022/23,E08000007,").count == 2)  // not duplicated
    #expect(try pack.text("data/under18-conceptions.csv") == before)  // other files untouched
    #expect(!PackLoader.load(from: pack.directory).diagnostics.hasErrors)
  }

  @Test func importingTheSameExportTwiceChangesNothing() throws {
    let pack = try PackCopy()
    let request = ImportRequest(
      packDirectory: pack.directory, file: PackCopy.fingertips, indicatorID: "injury-admissions",
      source: .fingertips(FingertipsOptions()), acceptOlder: true)
    _ = try Importer.run(request)
    let first = try pack.text("data/injury-admissions.csv")
    let again = try Importer.run(request)
    #expect(again.changes.isEmpty)
    #expect(again.changes.unchanged == 13)
    #expect(try pack.text("data/injury-admissions.csv") == first)
  }

  @Test func aNewerReleaseIsReportedAsARevisionWithOldAndNew() throws {
    let pack = try PackCopy()
    let old = ImportRequest(
      packDirectory: pack.directory, file: PackCopy.fingertips, indicatorID: "injury-admissions",
      source: .fingertips(FingertipsOptions()), acceptOlder: true)
    _ = try Importer.run(old)
    // The later release's Stockport figures (docs/data-sources/injury_admissions_0_14.csv).
    let newer = try pack.editedFingertips {
      $0.replacingOccurrences(
        of: "2022/23,99.6615,91.3562,108.5191", with: "2022/23,99.6859,91.37849,108.54561"
      ).replacingOccurrences(of: ",530,53180,", with: ",530,53167,")
    }
    let outcome = try Importer.run(
      ImportRequest(
        packDirectory: pack.directory, file: newer, indicatorID: "injury-admissions",
        source: .fingertips(FingertipsOptions()), acceptOlder: true))
    #expect(outcome.changes.revised.map(\.area) == ["E08000007"])
    let value = try #require(outcome.changes.revised.first?.changes.first)
    #expect([value.column, value.old, value.new] == ["value", "99.6615", "99.6859"])
    #expect(outcome.changes.added.isEmpty && outcome.changes.disappeared.isEmpty)
  }

  @Test func aRowMissingFromTheNewReleaseIsReportedAndRemoved() throws {
    let pack = try PackCopy()
    // Solihull is still named, but only in a category row: its whole-area row is gone.
    let file = try pack.editedFingertips {
      $0.replacingOccurrences(
        of: "E08000029,Solihull,Upper tier local authorities (post 4/23),Persons,<15 yrs,,,",
        with:
          "E08000029,Solihull,Upper tier local authorities (post 4/23),Persons,<15 yrs,Deprivation decile,Most deprived decile,"
      )
    }
    let outcome = try Importer.run(
      ImportRequest(
        packDirectory: pack.directory, file: file, indicatorID: "injury-admissions",
        source: .fingertips(FingertipsOptions()), acceptOlder: true))
    #expect(
      outcome.changes.disappeared.map { "\($0.period.label) \($0.area)" } == ["2022/23 E08000029"])
    #expect(!(try pack.text("data/injury-admissions.csv")).contains(",2022/23,E08000029,"))
  }

  @Test func crossCheckOnTheRealExportAgreesWithFingertips() throws {
    let pack = try PackCopy()
    let outcome = try Importer.run(
      ImportRequest(
        packDirectory: pack.directory, file: PackCopy.fingertips,
        indicatorID: "injury-admissions", source: .fingertips(FingertipsOptions(allAreas: true)),
        acceptOlder: true))
    let report = outcome.crossCheck
    let england = report.checks.filter { $0.kind == .england }
    let parent = report.checks.filter { $0.kind == .parent }
    // 153 local authorities against England, and again against their parent (England).
    #expect(england.count == 153 && england.allSatisfy(\.agrees))
    #expect(parent.count == 153 && parent.allSatisfy(\.agrees))
    // Trends need earlier years: the pack has them for its own 12 areas with data.
    let trends = report.checks.filter { $0.kind == .trend }
    #expect(trends.filter(\.agrees).count == 14)
    #expect(report.disagreements.allSatisfy { $0.pattern == .trendMissingYears })
    #expect(report.likelyCause?.contains("lacks the earlier years") == true)
    #expect(outcome.crossCheckedOnly == 141)
  }

  @Test func polaritySetTheOtherWayRoundIsNamedAsTheLikelyCause() throws {
    let pack = try PackCopy()
    let path = "\(pack.directory)/indicators/injury-admissions.yaml"
    let yaml = try String(contentsOfFile: path, encoding: .utf8)
    try Data(
      yaml.replacingOccurrences(of: "polarity: lower-is-better", with: "polarity: higher-is-better")
        .utf8
    )
    .write(to: URL(fileURLWithPath: path))
    let outcome = try Importer.run(
      ImportRequest(
        packDirectory: pack.directory, file: PackCopy.fingertips,
        indicatorID: "injury-admissions", source: .fingertips(FingertipsOptions()),
        acceptOlder: true))
    let reversed = outcome.crossCheck.disagreements.filter { $0.pattern == .reversed }
    #expect(reversed.count == 16)  // 8 areas better/worse than England, twice (England, parent)
    #expect(outcome.crossCheck.likelyCause?.contains("polarity set the other way round") == true)
  }

  @Test func aNewIndicatorGetsADefinitionWithPolarityUnsetAndCheckWarns() throws {
    let pack = try PackCopy()
    let outcome = try Importer.run(
      ImportRequest(
        packDirectory: pack.directory, file: PackCopy.fingertips, indicatorID: "child-injuries",
        source: .fingertips(FingertipsOptions()), theme: "health"))
    #expect(outcome.definitionPath == "\(pack.directory)/indicators/child-injuries.yaml")
    let yaml = try pack.text("indicators/child-injuries.yaml")
    for line in [
      "polarity: unset", "  type: rate", "  multiplier: 10000", "  unit: \"per 10,000\"",
      "  ci: supplied", "periodicity: financial-year", "theme: health",
      "title: \"Hospital admissions caused by unintentional and deliberate injuries in children (aged 0 to 14 years)\"",
    ] {
      #expect(yaml.contains(line + "\n"), "\(line)")
    }
    let loaded = PackLoader.load(from: pack.directory)
    #expect(!loaded.diagnostics.hasErrors)
    let warning = try #require(
      loaded.diagnostics.first { $0.message.hasPrefix("polarity is not set") })
    #expect(warning.location.file.hasSuffix("indicators/child-injuries.yaml"))
    let indicator = try #require(loaded.pack?.indicators.first { $0.id == "child-injuries" })
    #expect(indicator.polarity == .noJudgement && !indicator.polarityIsSet)
    // Suppressed rows keep the note's text without its markup.
    #expect(outcome.crossCheck.likelyCause?.contains("polarity is not set") == true)
  }

  @Test func notPresentedValuesAreSuppressedWithTheirNoteAsText() throws {
    let pack = try PackCopy()
    // Make Slough (value not presented, count an HTML fragment) one of the pack's areas.
    let yamlPath = "\(pack.directory)/pack.yaml"
    let yaml = try String(contentsOfFile: yamlPath, encoding: .utf8)
    try Data(
      yaml.replacingOccurrences(
        of: "{ code: E10000003, name: Cambridgeshire }",
        with: "{ code: E10000003, name: Cambridgeshire }\n      - { code: E06000039, name: Slough }"
      ).utf8
    )
    .write(to: URL(fileURLWithPath: yamlPath))
    _ = try Importer.run(
      ImportRequest(
        packDirectory: pack.directory, file: PackCopy.fingertips,
        indicatorID: "injury-admissions", source: .fingertips(FingertipsOptions()),
        acceptOlder: true))
    let line = try #require(
      try pack.text("data/injury-admissions.csv").split(separator: "\n").first {
        $0.contains(",E06000039,")
      })
    #expect(
      line.hasPrefix(
        "injury-admissions,2022/23,E06000039,,,,,,suppressed,\"* Not presented due to Frimley Health Foundation Trust"
      ))
    #expect(!line.contains("<"))
  }

  /// Fingertips writes "Not compared" on a region's own row against England; the pack never
  /// compares a comparator with England, so that agrees (before, boardpack's "worse" was listed
  /// as a disagreement and the publisher blamed).
  @Test func notComparedOnAComparatorsOwnRowAgrees() throws {
    let pack = try PackCopy()
    // The North West's 2022/23 row as a regional export gives it (figures illustrative: 1,502
    // admissions in 1,278,900 children, well above England).
    let region =
      "90284,Hospital admissions caused by unintentional and deliberate injuries in children (aged 0 to 14 years),E92000001,England,E12000002,North West region (statistical),Regions (statistical),Persons,<15 yrs,,,2022/23,117.4447,111.6,123.5,108.7,126.6,\"15,020\",1278900,,No significant change,Not compared,Not compared,20220000,New data,,1y\n"
    let file = try pack.editedFingertips { $0 + region }
    let outcome = try Importer.run(
      ImportRequest(
        packDirectory: pack.directory, file: file, indicatorID: "injury-admissions",
        source: .fingertips(FingertipsOptions()), acceptOlder: true))
    let northWest = outcome.crossCheck.checks.filter { $0.area == "E12000002" && $0.kind != .trend }
    #expect(northWest.map(\.published) == ["Not compared", "Not compared"])  // England, parent
    #expect(northWest.allSatisfy { $0.agrees })
    #expect(northWest.first?.computed == "worse")  // what boardpack's own test would say
  }
}
