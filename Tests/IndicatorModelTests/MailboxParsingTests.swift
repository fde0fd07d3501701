import IndicatorModel
import Testing

/// The one mailbox parser, which the pack's recipients and the mail sender both go through.
@Suite struct MailboxParsingTests {
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
    (
      "  Stockport Performance <ppu@stockport.example> ",
      Mailbox(name: "Stockport Performance", address: "ppu@stockport.example")
    ),
    ("\"\" <ppu@example.org>", Mailbox(address: "ppu@example.org")),
  ])
  func accepts(text: String, expected: Mailbox) throws {
    #expect(try Mailbox(parsing: text) == expected)
  }

  @Test(arguments: [
    "a@@example.org", "a@example", "a@-example.org", ".a@example.org", "a..b@example.org",
    "a b@example.org", "Jo <jo@example.org", "a@example.org\r\nBcc: x@example.org",
    "\"a\"@example.org", "Jo <jo@example.org>\n", "a@exa_mple.org", "",
  ])
  func refuses(text: String) {
    #expect(throws: Mailbox.ParseError.self) { try Mailbox(parsing: text) }
  }

  /// Where the loader's and the mail sender's parsers once disagreed, the stricter rule: a `"`
  /// inside a name (the loader's), and C1 controls and the Unicode line separators (Mail's).
  @Test(arguments: [
    ("Jo <jo@example.org>\r\nBcc: x@example.org", Mailbox.ParseError.lineBreak),
    ("Jo\u{2028} <jo@example.org>", .lineBreak),
    ("Jo\u{85} <jo@example.org>", .lineBreak),
    ("Jo\t<jo@example.org>", .controlCharacter),
    ("Jo\u{9B} <jo@example.org>", .controlCharacter),
    ("del\u{7F} <jo@example.org>", .controlCharacter),
    ("Jo <x@evil.example> <jo@example.org>", .malformedName("Jo <x@evil.example>")),
    ("O'Neil \"the chair\" <jo@example.org>", .malformedName("O'Neil \"the chair\"")),
    ("\"Smith, Jo <jo@example.org>", .malformedName("\"Smith, Jo")),
    ("Performance <ppu@stockport>", .invalidAddress("ppu@stockport")),
    ("<>", .invalidAddress("")),
  ])
  func refusesWithTheReason(text: String, expected: Mailbox.ParseError) {
    #expect(throws: expected) { try Mailbox(parsing: text) }
  }

  @Test(arguments: [
    ("jo@example.org", true), ("o'neil+board@sub.example.co.uk", true),
    ("jo", false), ("jo@example", false), ("jo@@example.org", false), ("<jo@example.org>", false),
    ("jo smith@example.org", false), ("jo@example.org,x@example.org", false),
    ("\"jo\"@example.org", false), ("jo@[127.0.0.1]", false), ("", false),
    (String(repeating: "a", count: 65) + "@example.org", false),
    ("jo@" + String(repeating: "a", count: 64) + ".org", false),
  ])
  func address(text: String, valid: Bool) {
    #expect(Mailbox.isValidAddress(text) == valid)
  }
}
