import Testing

@testable import PackLoader

/// Line and column tracking for CSV, which CSV.swift does not report.
@Suite struct CSVTests {
  @Test func countsLinesInsideQuotedFieldsWithBOMAndCRLF() throws {
    let text = "a,b\r\n1,\"two\r\nlines\"\r\n\r\n3,\"x,y\"\r\n"
    let table = try #require(CSVTable.parse(text))
    #expect(table.header?.line == 1)
    #expect(table.rows.map(\.line) == [2, 5])
    #expect(table.rows.map(\.fields) == [["1", "two\r\nlines"], ["3", "x,y"]])
    let locator = CSVFieldLocator(text: text)
    #expect(locator.fieldStarts(rowLine: 5).map { [$0.line, $0.column] } == [[5, 1], [5, 3]])
  }

  @Test func locatesFieldsAfterAMultiLineField() {
    let locator = CSVFieldLocator(text: "h1,h2,h3\n\"a\nb\",\"c\"\"d\",e\n")
    #expect(
      locator.fieldStarts(rowLine: 2).map { [$0.line, $0.column] } == [[2, 1], [3, 4], [3, 11]])
  }

  @Test func badRowAfterBOMAndCRLFIsLocated() throws {
    let header =
      "\u{FEFF}indicator,period,area,value,numerator,denominator,lower_ci,upper_ci,status,note"
    let rows = [
      header,
      "cc-registration,2010/11 Q1,E06999999,40,,,,,,\"a note\r\nover two lines\"",
      "cc-registration,2010/11 Q2,E06999999,41%,,,,,,",
    ]
    let pack = try TestPack(replacing: ["data/extra.csv": rows.joined(separator: "\r\n") + "\r\n"])
    #expect(
      pack.load().lines == [
        "data/extra.csv:4:38: error: value \"41%\" is not a number (write 41 and set measure.unit to \"%\")"
      ])
  }

  @Test(arguments: [
    ("74,588", NumberText.Reading.number(74588, decimals: 0)),
    ("1,234,567.5", .number(1_234_567.5, decimals: 1)),
    (" 55.0 ", .number(55, decimals: 1)),
    ("-0.25", .number(-0.25, decimals: 2)),
    ("", .missing),
    ("1,23", .invalid),
    ("12,34,567", .invalid),
    ("nan", .invalid),
    ("inf", .invalid),
    ("0x10", .invalid),
    ("55%", .invalid),
    ("1e999", .invalid),
  ])
  func readsNumbers(text: String, expected: NumberText.Reading) {
    #expect(NumberText.parse(text) == expected)
  }
}
