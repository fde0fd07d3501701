/// Why a message could not be built. Each case names the field so the user can fix the input.
public enum MessageError: Error, Hashable, Sendable, CustomStringConvertible {
  /// A header field holds a line break or another control character: header injection, refused.
  case controlCharacter(field: String, value: String)
  /// An address is not `name@example.org`.
  case invalidAddress(field: String, address: String)
  /// A display name holds a character that cannot be written safely (`<`, `>`).
  case invalidName(field: String, name: String)
  /// A display name read from text holds a `"` that is not one of a pair around the whole name.
  case quoteInName(field: String, name: String)
  /// The message has no `To:` recipient.
  case noRecipients
  /// An attachment has an empty file name.
  case emptyFileName
  /// An attachment's content type is not `type/subtype`.
  case invalidContentType(String)

  /// A sentence a performance officer can act on.
  public var description: String {
    switch self {
    case .controlCharacter(let field, let value):
      return
        "the \(field) \"\(Self.visible(value))\" contains a line break or other control character; it was refused because it could add headers to the message"
    case .invalidAddress(let field, let address):
      return
        "the \(field) address \"\(Self.visible(address))\" is not a valid email address (expected name@example.org)"
    case .invalidName(let field, let name):
      return "the \(field) name \"\(Self.visible(name))\" may not contain \"<\" or \">\""
    case .quoteInName(let field, let name):
      return
        "the \(field) name \"\(Self.visible(name))\" may not contain a double quote (\") except around the whole name"
    case .noRecipients:
      return "the message has no recipients"
    case .emptyFileName:
      return "an attachment has an empty file name"
    case .invalidContentType(let type):
      return "\"\(Self.visible(type))\" is not a content type (expected e.g. application/pdf)"
    }
  }

  /// The text with control characters shown as `\r`, `\n` or `\u{7}`, so the message itself
  /// stays on one line and shows where the problem is.
  static func visible(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\r": out += "\\r"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case _ where HeaderText.isControl(scalar): out += "\\u{\(String(scalar.value, radix: 16))}"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
