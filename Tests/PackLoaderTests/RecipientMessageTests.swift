import IndicatorModel
import Testing

@testable import PackLoader

/// How the loader words a recipient of `partners.yaml` that is not a mailbox (the rules are the
/// model's `Mailbox(parsing:)`, tested in IndicatorModelTests).
@Suite struct RecipientMessageTests {
  @Test(arguments: [
    (
      "Jo <jo@example.org>\nBcc: x@example.org",
      "recipient \"Jo <jo@example.org>\\nBcc: x@example.org\" contains a line break"
    ),
    (
      "Jo\u{1} <jo@example.org>",
      "recipient \"Jo\\u{1} <jo@example.org>\" contains a control character"
    ),
    (
      "Jo \"JJ\" Smith <jo@example.org>",
      "recipient \"Jo \"JJ\" Smith <jo@example.org>\" has a malformed name"
    ),
    (
      "ppu@@example.org",
      "invalid email address \"ppu@@example.org\" (expected \"Name <name@example.org>\" or \"name@example.org\")"
    ),
    (
      "Jo <jo@example>",
      "invalid email address \"jo@example\" (expected \"Name <name@example.org>\" or \"name@example.org\")"
    ),
  ])
  func message(text: String, expected: String) throws {
    let error = try #require(throws: Mailbox.ParseError.self) { try Mailbox(parsing: text) }
    #expect(error.recipientMessage(text) == expected)
  }
}
