import Testing

@testable import PackLoader

@Suite struct SuggestionTests {
  @Test(arguments: [
    ("titel", "title"), ("proprtion", "proportion"), ("Early-Year", "early-years"),
    ("polarty", "polarity"),
  ])
  func suggestsTheNearest(typo: String, expected: String) {
    let candidates = ["title", "proportion", "early-years", "polarity", "theme"]
    #expect(Suggestion.nearest(to: typo, in: candidates) == expected)
  }

  @Test func suggestsNothingForAStranger() {
    #expect(Suggestion.nearest(to: "quarterly", in: ["financial-quarter", "month"]) == nil)
  }

  @Test(arguments: [("kitten", "sitting", 3), ("ab", "ba", 1), ("", "abc", 3), ("same", "same", 0)])
  func editDistance(a: String, b: String, distance: Int) {
    #expect(Suggestion.editDistance(a, b) == distance)
  }
}
