/// Quoted-printable (RFC 2045 §6.7) for the text and HTML bodies.
///
/// Written by hand: Foundation has no quoted-printable encoder. Text stays readable in the raw
/// message, and encoded lines are at most 76 characters, whatever the input's line lengths.
enum QuotedPrintable {
  private static let lineLimit = 76
  private static let hex = Array("0123456789ABCDEF")

  /// The text as UTF-8, encoded, with CRLF line ends. Any of CRLF, CR or LF ends an input line.
  static func encode(_ text: String) -> String {
    let normalized = text.replacingOccurrences(of: "\r\n", with: "\n")
      .replacingOccurrences(of: "\r", with: "\n")
    return normalized.split(separator: "\n", omittingEmptySubsequences: false)
      .map { encodeLine(Array($0.utf8)) }
      .joined(separator: "\r\n")
  }

  private static func encodeLine(_ bytes: [UInt8]) -> String {
    var lines: [String] = []
    var current = ""
    for (index, byte) in bytes.enumerated() {
      let isLast = index == bytes.count - 1
      let token: String
      switch byte {
      // Trailing white space would be stripped in transit, so it is encoded (§6.7 rule 3).
      case 0x20 where !isLast, 0x09 where !isLast: token = String(UnicodeScalar(byte))
      case 0x21...0x3C, 0x3E...0x7E: token = String(UnicodeScalar(byte))
      default: token = "=" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0x0F)])
      }
      // Leave room for the "=" of a soft line break, unless this token ends the line.
      let limit = isLast ? lineLimit : lineLimit - 1
      if current.count + token.count > limit {
        lines.append(current + "=")
        current = ""
      }
      current += token
    }
    lines.append(current)
    return lines.joined(separator: "\r\n")
  }
}
