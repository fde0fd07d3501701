import Foundation
import IndicatorModel
import Testing

@testable import Importer

/// A catalogue of bad exports, each with the exact located message; nothing is written.
@Suite struct BadExportTests {
  static let header =
    "Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,Sex,Age,Category Type,Category,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,Count,Denominator,Value note,Recent Trend,Compared to England value or percentiles,Time period Sortable"
  static let stockport =
    "90284,Injuries,E92000001,England,E08000007,Stockport,UA,Persons,<15 yrs,,,2022/23,99.6615,91.3562,108.5191,530,53180,,,Worse,20220000"
  static let england =
    "90284,Injuries,,,E92000001,England,England,Persons,<15 yrs,,,2022/23,75.30912,74.76962,75.85155,\"74,588\",9904245,,,,20220000"

  static let cases: [(name: String, text: String, options: FingertipsOptions, message: String)] = [
    (
      "missing column",
      header.replacingOccurrences(of: "Area Code,", with: "Area Cde,") + "\n" + stockport,
      FingertipsOptions(),
      "export.csv:1:1: error: missing column \"Area Code\" (found \"Area Cde\": rename it); a Fingertips export has Indicator ID, Area Code, Time period and Value"
    ),
    (
      "unknown area codes",
      header + "\n" + stockport.replacingOccurrences(of: "E08000007", with: "E08000070"),
      FingertipsOptions(),
      "export.csv:1:1: error: the file has no rows for the pack's area Stockport (E08000007) (did you mean \"E08000070\"?)"
    ),
    (
      "mixed indicators",
      header + "\n" + stockport + "\n" + england.replacingOccurrences(of: "90284,", with: "90285,"),
      FingertipsOptions(),
      "export.csv:3:1: error: the file mixes Fingertips indicators 90284, 90285; export one indicator per file, or choose one with --fingertips-id"
    ),
    (
      "period that does not fit",
      header + "\n" + stockport.replacingOccurrences(of: ",2022/23,", with: ",2022,"),
      FingertipsOptions(),
      "export.csv:2:75: error: Time period \"2022\" does not fit periodicity financial-year (expected a label like \"2013/14\")"
    ),
    (
      "non-numeric value",
      header + "\n" + stockport.replacingOccurrences(of: "99.6615", with: "99.6l5"),
      FingertipsOptions(),
      "export.csv:2:83: error: Value \"99.6l5\" is not a number"
    ),
    (
      "value disagrees with count and denominator",
      header + "\n" + stockport.replacingOccurrences(of: "99.6615", with: "89.6615"),
      FingertipsOptions(),
      "export.csv:2:83: error: value 89.6615 disagrees with numerator/denominator (530 / 53180 × 10,000 = 99.661527)"
    ),
    (
      "several sexes",
      header + "\n" + stockport + "\n"
        + stockport.replacingOccurrences(of: "Persons", with: "Male"),
      FingertipsOptions(),
      "export.csv:1:1: error: the file holds several breakdowns by sex: \"Persons\", \"Male\"; choose one with --sex"
    ),
    (
      "unknown sex chosen",
      header + "\n" + stockport,
      FingertipsOptions(sex: "Femal"),
      "export.csv:1:1: error: no rows with sex \"Femal\" (expected one of: Persons)"
    ),
    (
      "row with too few fields",
      header + "\n" + "90284,Injuries,E92000001",
      FingertipsOptions(),
      "export.csv:2:1: error: row has 3 fields but the header has 21"
    ),
  ]

  @Test(arguments: cases.indices)
  func badExportGivesItsLocatedMessageAndWritesNothing(_ index: Int) throws {
    let (name, text, options, message) = Self.cases[index]
    let pack = try PackCopy()
    let before = try pack.text("data/injury-admissions.csv")
    let file = try pack.export("export.csv", text)
    do {
      _ = try Importer.run(
        ImportRequest(
          packDirectory: pack.directory, file: file, indicatorID: "injury-admissions",
          source: .fingertips(options)))
      Issue.record("\(name): imported without error")
    } catch {
      let shown = error.diagnostics.map { PackCopy.shown($0.description, file: file) }
      #expect(shown == [message], "\(name)")
    }
    #expect(try pack.text("data/injury-admissions.csv") == before, "\(name)")
  }

  @Test(
    "a failure names the step that stopped",
    arguments: [
      ("unknown area codes", ImportStep.readExport),
      ("value disagrees with count and denominator", .checkRows),
    ])
  func failureNamesItsStep(name: String, step: ImportStep) throws {
    let (_, text, options, _) = try #require(Self.cases.first { $0.name == name })
    let pack = try PackCopy()
    let file = try pack.export("export.csv", text)
    do {
      _ = try Importer.run(
        ImportRequest(
          packDirectory: pack.directory, file: file, indicatorID: "injury-admissions",
          source: .fingertips(options)))
      Issue.record("\(name): imported without error")
    } catch {
      #expect(error.step == step)
    }
  }

  @Test func aFileThatCannotBeParsedChangesNothing() throws {
    let pack = try PackCopy()
    let before = try pack.text("data/injury-admissions.csv")
    let file = try pack.export("export.csv", Self.header + "\n" + Self.stockport + ",\"unclosed\n")
    #expect(throws: ImportFailure.self) {
      try Importer.run(
        ImportRequest(
          packDirectory: pack.directory, file: file, indicatorID: "injury-admissions",
          source: .fingertips(FingertipsOptions())))
    }
    #expect(try pack.text("data/injury-admissions.csv") == before)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: "\(pack.directory)/data")
      .filter { $0.hasPrefix(".") }
    #expect(leftovers.isEmpty)
  }
}
