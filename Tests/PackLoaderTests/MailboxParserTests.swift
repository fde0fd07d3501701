import IndicatorModel
import Testing

@testable import PackLoader

@Suite struct MailboxParserTests {
  @Test(arguments: [
    (
      "Dr A. Example <a.example@nhs.example>",
      Mailbox(name: "Dr A. Example", address: "a.example@nhs.example")
    ),
    (
      "\"Smith, Jo\" <jo.smith@example.org>",
      Mailbox(name: "Smith, Jo", address: "jo.smith@example.org")
    ),
    ("ppu@example.org", Mailbox(address: "ppu@example.org")),
    ("<o'neil+board@sub.example.co.uk>", Mailbox(address: "o'neil+board@sub.example.co.uk")),
  ])
  func accepts(text: String, expected: Mailbox) throws {
    #expect(try MailboxParser.parse(text).get() == expected)
  }

  @Test(arguments: [
    "a@@example.org", "a@example", "a@-example.org", ".a@example.org", "a..b@example.org",
    "a b@example.org", "Jo <jo@example.org", "a@example.org\r\nBcc: x@example.org",
    "\"a\"@example.org", "Jo <jo@example.org>\n", "a@exa_mple.org", "",
  ])
  func refuses(text: String) {
    #expect(throws: MailboxParser.Problem.self) { try MailboxParser.parse(text).get() }
  }
}
