import Analysis
import Foundation
import IndicatorModel
import Presentation
import Testing
import TestSupport

@testable import WorkbookReport

/// The workbook of the example pack read back by openpyxl: the scorecard in the words every
/// output uses, the exceptions with their reasons and actions, and long text cut to fit a cell.
@Suite struct WorkbookContentTests {
  @Test func theScorecardSaysWhatPresentationSaysForEachIndicator() throws {
    let (pack, assessment) = try #require(ExampleWorkbook.assessed)
    let sheet = try #require(
      try ExampleWorkbook.cells(ExampleWorkbook.write(pack, assessment))["Scorecard"])
    let rows = sheet.dropFirst(WorkbookReport.headerRow + 1)
    #expect(rows.count == assessment.indicators.count)
    let indicators = Dictionary(uniqueKeysWithValues: pack.indicators.map { ($0.id, $0) })
    for (row, item) in zip(rows, assessment.indicators) {
      let indicator = try #require(indicators[item.id])
      #expect(row[1] as? String == item.title)
      #expect(row[7] as? String == Words.direction(item.direction.previousMovement), "\(item.id)")
      #expect(row[8] as? String == Words.spc(item.spc), "\(item.id)")
      #expect(
        row[9] as? String == Words.england(item, indicator: indicator, pack: pack), "\(item.id)")
      let rag =
        Words.ragLetter(item.target?.status) == nil ? "–" : Words.targetLabel(item.target?.status)
      #expect(row[6] as? String == rag, "\(item.id)")
    }
  }

  @Test func theExceptionsGiveTheirReasonsReadingsAndActions() throws {
    let (pack, assessment) = try #require(ExampleWorkbook.assessed)
    let sheet = try #require(
      try ExampleWorkbook.cells(ExampleWorkbook.write(pack, assessment))["Exceptions and actions"])
    let rows = Array(sheet.dropFirst(WorkbookReport.headerRow + 1))
    #expect(rows.count == assessment.exceptions.count)
    #expect(rows.count == 5)
    let registration = try #require(
      rows.first { $0[2] as? String == "Children's Centre registration (children under 5)" })
    let why = try #require(registration[5] as? String)
    #expect(why.hasPrefix("• 55.0% is 25.0 points below the Ofsted expectation of 80%"))
    #expect((registration[6] as? String)?.contains("England: 67.0%; significantly worse") == true)
    // Markdown's marks are gone and its hard line breaks joined.
    let commentary = try #require(registration[7] as? String)
    #expect(
      commentary.hasPrefix(
        "Children's Centre registration continues to rise and is now at 55%, but Ofsted expect 80%. ICS hopes"
      ))
    #expect(commentary.contains("identified.\n\nOfsted are about"))
    #expect(
      registration[9] as? String
        == "• Use the links with health so that all children under 5 are registered with a Children's Centre (Viki Packman)"
    )
  }

  /// An entry the owner has not written yet (`text: ""`) is no commentary: the PDF's sentence
  /// and no author.
  @Test func anEntryWithNoTextYetIsNoCommentary() throws {
    var (pack, assessment) = try #require(ExampleWorkbook.assessed)
    let period = try #require(assessment.period)
    pack.commentary[period, default: [:]]["cc-registration"] = Commentary(
      indicator: "cc-registration", author: "Viki Packman", text: "")
    let sheet = try #require(
      try ExampleWorkbook.cells(ExampleWorkbook.write(pack, assessment))["Exceptions and actions"])
    let registration = try #require(
      sheet.first { $0[2] as? String == "Children's Centre registration (children under 5)" })
    #expect(registration[7] as? String == "No commentary was given for 2013/14 Q4.")
    #expect(registration[8] == nil)
  }

  @Test func textLongerThanACellHoldsIsCutWithANote() throws {
    var (pack, assessment) = try #require(ExampleWorkbook.assessed)
    let period = try #require(assessment.period)
    let exception = try #require(assessment.exceptions.first)
    let long = String(repeating: "Ünïcode words ", count: 3_000)  // 48,000 bytes
    pack.commentary[period, default: [:]][exception.id] = Commentary(
      indicator: exception.id, text: long)
    let sheet = try #require(
      try ExampleWorkbook.cells(ExampleWorkbook.write(pack, assessment))["Exceptions and actions"])
    let cell = try #require(sheet[WorkbookReport.headerRow + 1][7] as? String)
    #expect(cell.hasSuffix(CellText.cutNote))
    #expect(cell.utf8.count <= CellText.maximumBytes)
    #expect(cell.hasPrefix("Ünïcode words Ünïcode"))
  }
}
