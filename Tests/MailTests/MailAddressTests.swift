import IndicatorModel
import Testing

@testable import Mail

/// The sender read from `BOARDPACK_SMTP_FROM` through the model's mailbox parser, each refusal
/// worded as a `MessageError` naming the field.
@Suite struct MailAddressTests {
  @Test(arguments: [
    (
      "Stockport Performance <ppu@stockport.example>",
      Mailbox(name: "Stockport Performance", address: "ppu@stockport.example")
    ),
    ("\"Smith, Jo\" <jo@example.org>", Mailbox(name: "Smith, Jo", address: "jo@example.org")),
    ("ppu@stockport.example", Mailbox(address: "ppu@stockport.example")),
  ])
  func reads(text: String, expected: Mailbox) throws {
    #expect(try MailAddress.parse(text, field: "sender") == expected)
  }

  @Test(arguments: [
    (
      "Jo <jo@example.org>\r\nBcc: x@example.org",
      MessageError.controlCharacter(
        field: "sender", value: "Jo <jo@example.org>\r\nBcc: x@example.org")
    ),
    (
      "c1\u{85} <jo@example.org>",
      .controlCharacter(field: "sender", value: "c1\u{85} <jo@example.org>")
    ),
    (
      "Jo <x@evil.example> <jo@example.org>",
      .invalidName(field: "sender", name: "Jo <x@evil.example>")
    ),
    ("Jo \"JJ\" Smith <jo@example.org>", .quoteInName(field: "sender", name: "Jo \"JJ\" Smith")),
    ("Performance <ppu@stockport>", .invalidAddress(field: "sender", address: "ppu@stockport")),
  ])
  func refuses(text: String, expected: MessageError) {
    #expect(throws: expected) { try MailAddress.parse(text, field: "sender") }
  }

  @Test func aQuoteInANameIsWordedForTheUser() {
    #expect(
      MessageError.quoteInName(field: "sender", name: "Jo \"JJ\" Smith").description
        == "the sender name \"Jo \"JJ\" Smith\" may not contain a double quote (\") except around the whole name"
    )
  }
}
