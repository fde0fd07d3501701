/// Text a person typed, shown back in a message or checked before it reaches an output.
///
/// Messages quote what was wrong; a whole cell can be megabytes, quoted again in every message
/// about its row, and a control character would reach the terminal. So a quotation is cut to
/// `shownCharacters` and writes control characters as escapes.
public enum UserText {
  /// How many characters of the offending text a message quotes.
  public static let shownCharacters = 80

  /// `"text"`, cut to 80 characters with `…` and with control characters written `\u{1E}`.
  public static func quoted(_ text: some StringProtocol) -> String {
    "\"\(shown(text))\""
  }

  /// The text as a message shows it, without quotes (see `quoted(_:)`); `limit` characters
  /// at most (a path is shown whole).
  public static func shown(_ text: some StringProtocol, upTo limit: Int = shownCharacters)
    -> String
  {
    var out = ""
    var count = 0
    for character in text {
      if count == limit {
        out += "…"
        break
      }
      count += 1
      if character.unicodeScalars.contains(where: isForbidden) {
        for scalar in character.unicodeScalars {
          out += isForbidden(scalar) ? escape(scalar) : String(scalar)
        }
      } else {
        out.append(character)
      }
    }
    return out
  }

  /// The first character a text field may not hold: a control character (C0, DEL, C1) or a
  /// Unicode noncharacter, which make SVG and XML malformed, HTML invalid and email headers
  /// refused. Tab and line breaks only where `lines` is `.several`.
  public static func forbiddenScalar(in text: some StringProtocol, lines: Lines) -> Unicode.Scalar?
  {
    for scalar in text.unicodeScalars where isForbidden(scalar) {
      if lines == .several, scalar == "\t" || scalar == "\n" || scalar == "\r" { continue }
      return scalar
    }
    return nil
  }

  /// Whether a field is one line (a title, a name: anything that may reach a header or a table
  /// cell) or may run over several (a description, commentary).
  public enum Lines: Sendable {
    case one
    case several
  }

  /// Why `scalar` is not allowed, as the end of a sentence: `a line break`, `a tab`, `a control
  /// character (U+001E)`.
  public static func describe(_ scalar: Unicode.Scalar) -> String {
    switch scalar {
    case "\n", "\r": "a line break"
    case "\t": "a tab"
    case "\u{0}": "a NUL character (U+0000)"
    default:
      isNoncharacter(scalar)
        ? "a Unicode noncharacter (\(codePoint(scalar)))"
        : "a control character (\(codePoint(scalar)))"
    }
  }

  /// `U+001E`.
  public static func codePoint(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || isNoncharacter(scalar)
  }

  static func isNoncharacter(_ scalar: Unicode.Scalar) -> Bool {
    (0xFDD0...0xFDEF).contains(scalar.value) || scalar.value & 0xFFFE == 0xFFFE
  }

  static func escape(_ scalar: Unicode.Scalar) -> String {
    switch scalar {
    case "\n": "\\n"
    case "\r": "\\r"
    case "\t": "\\t"
    default: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
    }
  }
}
