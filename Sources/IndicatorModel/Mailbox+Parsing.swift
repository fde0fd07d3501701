import Foundation

extension Mailbox {
  /// Reads `Name <name@example.org>`, `"Smith, Jo" <jo@example.org>`, `<name@example.org>` or a
  /// bare `name@example.org`, and checks it.
  ///
  /// The one mailbox parser: the pack's `partners.yaml` recipients (PackLoader) and the sender in
  /// `BOARDPACK_SMTP_FROM` (Mail) both go through it, and each words the `ParseError` for its
  /// own reader. Written by hand, as no package in the project's set parses mailboxes: a
  /// pragmatic subset of RFC 5322 that keeps header injection impossible.
  ///
  /// - Nothing that could break a header line anywhere: CR, LF, NEL, U+2028 and U+2029 are
  ///   `lineBreak`; any other C0 control (tab included), DEL or C1 control is
  ///   `controlCharacter`.
  /// - The display name is what comes before a final `<…>`, trimmed; one pair of double quotes
  ///   around all of it is removed. It may not hold `<` or `>`, nor any other `"`: quoted pairs
  ///   (`\"`) are not read, so a quote inside a name would be ambiguous. (A `Mailbox` made in
  ///   code may have one; the mail encoder quotes it.) An empty name is none.
  /// - The address is checked by `isValidAddress(_:)`.
  /// - Throws: the first `ParseError`, in the order above.
  public init(parsing text: String) throws(ParseError) {
    if text.unicodeScalars.contains(where: Self.isLineBreak) { throw .lineBreak }
    if text.unicodeScalars.contains(where: Self.isControl) { throw .controlCharacter }
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    var name: String?
    var address = trimmed
    if trimmed.hasSuffix(">"), let open = trimmed.lastIndex(of: "<") {
      address = String(
        trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
      var display = trimmed[..<open].trimmingCharacters(in: .whitespaces)
      if display.count >= 2, display.hasPrefix("\""), display.hasSuffix("\"") {
        display = String(display.dropFirst().dropLast())
      }
      if display.contains("<") || display.contains(">") || display.contains("\"") {
        throw .malformedName(display)
      }
      name = display.isEmpty ? nil : display
    }
    guard Self.isValidAddress(address) else { throw .invalidAddress(address) }
    self.init(name: name, address: address)
  }

  /// CR, LF, NEL and the Unicode line and paragraph separators.
  static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "\r" || scalar == "\n" || scalar.value == 0x85 || scalar.value == 0x2028
      || scalar.value == 0x2029
  }

  /// C0 controls (tab included), DEL and C1 controls.
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }
}
