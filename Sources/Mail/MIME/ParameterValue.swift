import Foundation

/// MIME header parameters such as `filename=`, quoted or RFC 2231-encoded as needed.
enum ParameterValue {
  /// Short printable ASCII values are quoted; anything else uses RFC 2231 (`name*0*=UTF-8''...`).
  ///
  /// RFC 2231 continuations keep each line short whatever the value's length; a reader joins them.
  static func tokens(name: String, value: String) -> [String] {
    if HeaderText.isPrintableASCII(value), value.count <= 60 {
      let escaped = value.replacingOccurrences(of: "\\", with: "\\\\")
        .replacingOccurrences(of: "\"", with: "\\\"")
      return ["\(name)=\"\(escaped)\""]
    }
    var pieces: [String] = []
    var current = "UTF-8''"
    for byte in value.utf8 {
      let encoded = isAttributeChar(byte) ? String(UnicodeScalar(byte)) : percent(byte)
      if current.count + encoded.count > 60 {
        pieces.append(current)
        current = ""
      }
      current += encoded
    }
    pieces.append(current)
    return pieces.enumerated().map { "\(name)*\($0.offset)*=\($0.element)" }
  }

  /// RFC 2231 `attribute-char`: printable ASCII except specials, `*`, `'` and `%`.
  private static func isAttributeChar(_ byte: UInt8) -> Bool {
    guard (0x21...0x7E).contains(byte) else { return false }
    return !"*'%()<>@,;:\\\"/[]?=".utf8.contains(byte)
  }

  private static func percent(_ byte: UInt8) -> String {
    let hex = Array("0123456789ABCDEF")
    return "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0x0F)])
  }
}
