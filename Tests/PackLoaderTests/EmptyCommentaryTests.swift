import IndicatorModel
import PackLoader
import Testing

/// An entry whose text is empty is one the owner has not written yet (`boardpack commentary`
/// writes them so): it loads without a problem, and says where its text goes.
@Suite struct EmptyCommentaryTests {
  @Test(arguments: ["text: \"\"", "text: ''", "text: |\n", "text: \"  \""])
  func emptyTextLoadsAsNoTextYet(text: String) throws {
    let pack = try TestPack(replacing: [
      "commentary/2014-15-q1.yaml": """
      # Owner: Viki Packman
      cc-registration:
        author: Viki Packman
        \(text)
        actions:
          - { owner: Viki Packman, action: Link the records, status: open }

      """
    ])
    let (loaded, lines) = pack.load()
    #expect(lines.isEmpty)
    let period = try #require(Period(anyLabel: "2014/15 Q1"))
    let entry = try #require(loaded?.commentary[period]?["cc-registration"])
    #expect(!entry.hasText)
    #expect(entry.author == "Viki Packman")
    #expect(entry.actions.map(\.status) == [.open])
    #expect(entry.location.map { "\($0.line):\($0.column)" } == "2:1")
    #expect(entry.textLocation.map { "\($0.line):\($0.column)" } == "4:3")
  }

  @Test func writtenTextHasText() {
    #expect(Commentary(indicator: "x", text: "Rising.").hasText)
    #expect(!Commentary(indicator: "x", text: " \n\t").hasText)
  }
}
