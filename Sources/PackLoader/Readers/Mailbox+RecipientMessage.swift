import IndicatorModel

extension Mailbox.ParseError {
  /// The diagnostic for a recipient of `partners.yaml` that is not a mailbox, quoting `text`.
  func recipientMessage(_ text: String) -> String {
    switch self {
    case .lineBreak: "recipient \(UserText.quoted(text)) contains a line break"
    case .controlCharacter: "recipient \(UserText.quoted(text)) contains a control character"
    case .malformedName: "recipient \(UserText.quoted(text)) has a malformed name"
    case .invalidAddress(let address):
      "invalid email address \(UserText.quoted(address)) (expected \"Name <name@example.org>\" or \"name@example.org\")"
    }
  }
}
