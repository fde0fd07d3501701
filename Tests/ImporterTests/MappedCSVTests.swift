import Foundation
import IndicatorModel
import PackLoader
import Testing

@testable import Importer

/// The mapped-CSV route on a DfE-style file (explore-education-statistics layout: six-digit
/// `time_period`, `geographic_level`, `new_la_code`). The figures are the pack's real
/// permanent-exclusion rates (docs/data-sources/permanent_exclusion_rate.csv).
@Suite struct MappedCSVTests {
  static let dfe = """
    time_period,time_identifier,geographic_level,country_code,region_code,new_la_code,la_name,perm_excl_rate,note
    201718,Academic year,National,E92000001,,,,0.10,
    201718,Academic year,Local authority,E92000001,E12000002,E08000007,Stockport,0.10717,
    201819,Academic year,National,E92000001,,,,0.10,
    201819,Academic year,Local authority,E92000001,E12000002,E08000007,Stockport,0.13179,
    201819,Academic year,Local authority,E92000001,E12000002,E08000001,Bolton,0.09,
    """

  static let mapping = CSVMapping(
    columns: [
      "period": "time_period", "area": "new_la_code", "value": "perm_excl_rate", "note": "note",
    ],
    periodFormat: .sixDigit, filters: [("geographic_level", "Local authority")])

  @Test func importsDfEStyleRowsIntoThePack() throws {
    let pack = try PackCopy()
    let file = try pack.export("dfe.csv", Self.dfe + "\n")
    let outcome = try Importer.run(
      ImportRequest(
        packDirectory: pack.directory, file: file, indicatorID: "permanent-exclusions",
        source: .csv(Self.mapping), acceptOlder: true))
    #expect(outcome.rowsImported == 2)
    #expect(outcome.otherAreaRows == 1)  // Bolton is not in pack.yaml
    #expect(outcome.changes.added.isEmpty && outcome.changes.revised.isEmpty)
    #expect(outcome.changes.unchanged == 2)
    #expect(!PackLoader.load(from: pack.directory).diagnostics.hasErrors)
  }

  @Test(arguments: [
    (PeriodFormat.sixDigit, "201617", "2016/17"), (.hyphenated, "2016-17", "2016/17"),
    (.quarterFirst, "Q3 2019/20", "2019/20 Q3"), (.pack, "2019/20 Q3", "2019/20 Q3"),
  ])
  func periodFormatsBecomePackLabels(_ format: PeriodFormat, _ text: String, _ label: String) {
    #expect(format.packLabel(text) == label)
  }

  @Test func aBadCellGivesALocatedErrorAndWritesNothing() throws {
    let pack = try PackCopy()
    let before = try pack.text("data/permanent-exclusions.csv")
    let file = try pack.export(
      "dfe.csv",
      Self.dfe.replacingOccurrences(of: "Stockport,0.13179", with: "Stockport,0.1x") + "\n")
    do {
      _ = try Importer.run(
        ImportRequest(
          packDirectory: pack.directory, file: file, indicatorID: "permanent-exclusions",
          source: .csv(Self.mapping)))
      Issue.record("imported without error")
    } catch {
      #expect(
        error.diagnostics.map { PackCopy.shown($0.description, file: file) } == [
          "export.csv:5:78: error: perm_excl_rate \"0.1x\" is not a number"
        ])
    }
    #expect(try pack.text("data/permanent-exclusions.csv") == before)
  }

  @Test func aPeriodNotInTheFormatIsLocated() throws {
    let pack = try PackCopy()
    let file = try pack.export(
      "dfe.csv",
      Self.dfe.replacingOccurrences(
        of: "201819,Academic year,Local authority,E92000001,E12000002,E08000007",
        with: "2018,Academic year,Local authority,E92000001,E12000002,E08000007") + "\n")
    #expect {
      try Importer.run(
        ImportRequest(
          packDirectory: pack.directory, file: file, indicatorID: "permanent-exclusions",
          source: .csv(Self.mapping)))
    } throws: { error in
      (error as? ImportFailure)?.diagnostics.map { PackCopy.shown($0.description, file: file) } == [
        "export.csv:5:1: error: time_period \"2018\" is not written like \"201617\" (the --period-format)"
      ]
    }
  }

  @Test func mappingOptionsAreChecked() {
    #expect(throws: MappingError.self) { try CSVMapping.parse(["period=Year,value=Rate"]) }
    #expect(throws: MappingError.self) { try CSVMapping.parse(["period=Year,area=LA,vaule=Rate"]) }
    #expect(
      (try? CSVMapping.parse(["period=Year,area=LA code", "value=Rate"]))?["area"] == "LA code")
  }
}
