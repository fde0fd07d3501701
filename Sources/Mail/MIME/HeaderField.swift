import IndicatorModel

/// One header field under construction, folded between tokens so lines stay within 78 characters.
///
/// RFC 5322 asks for lines of at most 78 characters (998 at most). Tokens are never split: an
/// address is one token, and long text is cut into RFC 2047 encoded words before it gets here.
struct HeaderField {
  /// RFC 5322's recommended line length, without the CRLF.
  static let lineLimit = 78

  private var lines: [String]

  /// A field with its name, e.g. `Subject`.
  init(_ name: String) {
    lines = ["\(name):"]
  }

  /// Characters left on the current line after a separating space.
  var room: Int { Self.lineLimit - lines[lines.count - 1].count - 1 }

  /// Adds a token after a space, or on a new folded line when it does not fit.
  mutating func append(_ token: String) {
    if token.count <= room || lines[lines.count - 1].hasSuffix(":") {
      lines[lines.count - 1] += " " + token
    } else {
      lines.append(" " + token)
    }
  }

  /// Adds text as RFC 2047 encoded words, the first sized to fit the current line.
  mutating func appendEncoded(_ text: String) {
    var first = min(room, EncodedWord.maximumLength)
    if first < EncodedWord.minimumLength {
      lines.append("")
      first = EncodedWord.maximumLength
    }
    for word in EncodedWord.words(for: text, firstLength: first) { append(word) }
  }

  /// Adds a display name: atoms as they are, other ASCII quoted, anything else encoded.
  mutating func appendPhrase(_ name: String) {
    let words = name.split(separator: " ", omittingEmptySubsequences: false)
    // A word that looks like an encoded word would be decoded by readers, so it is encoded.
    let isAtoms =
      !name.contains("=?")
      && words.allSatisfy { !$0.isEmpty && $0.allSatisfy(Mailbox.isAtomText) }
    if isAtoms {
      for word in words { append(String(word)) }
    } else if HeaderText.isPrintableASCII(name), name.count <= 60, !name.contains("=?") {
      let escaped = name.replacingOccurrences(of: "\\", with: "\\\\")
        .replacingOccurrences(of: "\"", with: "\\\"")
      append("\"\(escaped)\"")
    } else {
      appendEncoded(name)
    }
  }

  /// The field with CRLF line ends, ready to write.
  var text: String { lines.joined(separator: "\r\n") + "\r\n" }
}
