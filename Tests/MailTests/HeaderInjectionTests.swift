import Foundation
import IndicatorModel
import Testing

@testable import Mail

/// Line breaks and other control characters in any header input are refused, never written.
@Suite struct HeaderInjectionTests {
  static let hostile = [
    "Hello\r\nBcc: victim@example.org", "Hello\nBcc: victim@example.org", "Hello\rX: y",
    "nul\u{0}byte", "tab\there", "bell\u{7}", "del\u{7F}", "c1\u{85}next-line", "ls\u{2028}sep",
  ]

  @Test(arguments: hostile)
  func subjectIsRefused(subject: String) {
    #expect(throws: MessageError.controlCharacter(field: "subject", value: subject)) {
      try SampleMessages.message(subject: subject).encoded()
    }
  }

  @Test(arguments: hostile)
  func recipientNameIsRefused(name: String) {
    let message = SampleMessages.message(to: [Mailbox(name: name, address: "jo@example.org")])
    #expect(throws: MessageError.controlCharacter(field: "recipient name", value: name)) {
      try message.encoded()
    }
  }

  @Test(arguments: hostile)
  func senderNameIsRefused(name: String) {
    var message = SampleMessages.message()
    message.from.name = name
    #expect(throws: MessageError.controlCharacter(field: "sender name", value: name)) {
      try message.encoded()
    }
  }

  @Test(arguments: hostile)
  func fileNameIsRefused(fileName: String) {
    #expect(throws: MessageError.controlCharacter(field: "attachment file name", value: fileName)) {
      try SampleMessages.message(fileName: fileName).encoded()
    }
  }

  @Test func errorShowsTheBreakWithoutBreakingTheLine() {
    let error = MessageError.controlCharacter(field: "subject", value: "Hi\r\nBcc: x@example.org")
    #expect(
      error.description
        == "the subject \"Hi\\r\\nBcc: x@example.org\" contains a line break or other control character; it was refused because it could add headers to the message"
    )
  }

  @Test(arguments: [
    "jo@example.org\r\nBcc: victim@example.org", "jo@example.org>\nRCPT TO:<x@example.org",
  ])
  func addressWithBreakIsRefused(address: String) {
    let message = SampleMessages.message(to: [Mailbox(address: address)])
    #expect(throws: MessageError.controlCharacter(field: "recipient address", value: address)) {
      try message.encoded()
    }
  }

  @Test(arguments: [
    "jo", "jo@example", "jo@@example.org", "<jo@example.org>", "jo smith@example.org",
    "jo@example.org,x@example.org", "\"jo\"@example.org", "jo@[127.0.0.1]", "",
  ])
  func invalidAddressIsRefused(address: String) {
    let message = SampleMessages.message(to: [Mailbox(address: address)])
    #expect(throws: MessageError.invalidAddress(field: "recipient", address: address)) {
      try message.encoded()
    }
  }

  @Test func nameWithAngleBracketsIsRefused() {
    let message = SampleMessages.message(to: [
      Mailbox(name: "Jo <x@evil.example>", address: "jo@example.org")
    ])
    #expect(throws: MessageError.invalidName(field: "recipient", name: "Jo <x@evil.example>")) {
      try message.encoded()
    }
  }

  @Test func noRecipientsIsRefused() {
    #expect(throws: MessageError.noRecipients) { try SampleMessages.message(to: []).encoded() }
  }
}
