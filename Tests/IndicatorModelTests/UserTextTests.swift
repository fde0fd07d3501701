import IndicatorModel
import Testing

/// Quoting user text in messages, and the checks every text field and id goes through.
@Suite struct UserTextTests {
  @Test(arguments: [
    ("Atlantis", "\"Atlantis\""),
    ("a\u{1E}b", "\"a\\u{1E}b\""),
    ("line\r\nBcc: x", "\"line\\r\\nBcc: x\""),
    ("\u{1B}[31mred", "\"\\u{1B}[31mred\""),
    (String(repeating: "é", count: 81), "\"\(String(repeating: "é", count: 80))…\""),
  ])
  func quotes(text: String, expected: String) {
    #expect(UserText.quoted(text) == expected)
  }

  @Test(
    arguments: [
      ("Children's centres", UserText.Lines.one, nil),
      ("two\nlines", .one, "\n"),
      ("two\nlines\tand a tab", .several, nil),
      ("bell\u{7}", .several, "\u{7}"),
      ("C1\u{85}", .several, "\u{85}"),
      ("nonchar" + String(Unicode.Scalar(0xFFFE)!), .several, Unicode.Scalar(0xFFFE)!),
      ("nonchar" + String(Unicode.Scalar(0xFDD0)!), UserText.Lines.one, Unicode.Scalar(0xFDD0)!),
    ] as [(String, UserText.Lines, Unicode.Scalar?)])
  func findsForbiddenCharacters(text: String, lines: UserText.Lines, expected: Unicode.Scalar?) {
    #expect(UserText.forbiddenScalar(in: text, lines: lines) == expected)
  }

  @Test(arguments: [
    ("stockport-cyp", true), ("", false), ("..", false), ("Weird Name", false), ("UPPER", false),
    ("é", false), (String(repeating: "a", count: 64), true),
    (String(repeating: "a", count: 65), false), ("../../victim", false),
  ])
  func knowsSlugs(text: String, valid: Bool) {
    #expect(Slug.isValid(text) == valid)
  }

  @Test(arguments: [
    ("Weird Name", "weird-name"), ("../../../../victim", "victim"), ("UPPER", "upper"),
    ("é", "e"), ("Crèche places (under 5s)", "creche-places-under-5s"), ("..", "id"),
    (String(repeating: "a", count: 245), String(repeating: "a", count: 64)),
  ])
  func suggestsSlugs(text: String, expected: String) {
    #expect(Slug.suggestion(for: text) == expected)
    #expect(Slug.isValid(Slug.suggestion(for: text)))
  }
}
