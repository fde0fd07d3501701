/// Checks on text that goes into a header field.
///
/// Header injection needs a line break in a field value. Every text a caller passes for a header
/// (names, subject, file names, addresses) goes through `check(_:field:)`, which refuses CR, LF
/// and every other control character rather than trying to clean them: a name with a line break
/// in it is a mistake or an attack, and either way the user should hear about it.
enum HeaderText {
  /// C0 controls (tab included), DEL, C1 controls, and the Unicode line and paragraph separators.
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
  }

  /// Throws `MessageError.controlCharacter` when the value holds a control character.
  static func check(_ value: String, field: String) throws {
    if value.unicodeScalars.contains(where: isControl) {
      throw MessageError.controlCharacter(field: field, value: value)
    }
  }

  /// Whether every character is printable ASCII (space to tilde).
  static func isPrintableASCII(_ value: String) -> Bool {
    value.unicodeScalars.allSatisfy { (0x20...0x7E).contains($0.value) }
  }
}
