import Foundation

/// RFC 2047 encoded words (`=?UTF-8?B?...?=`) for non-ASCII header text.
///
/// Written by hand: Foundation has no MIME header encoder and no package in the project's set
/// has one. The "B" (base64) form is used because it needs no escaping rules of its own.
enum EncodedWord {
  /// RFC 2047 §2: an encoded word is at most 75 characters.
  static let maximumLength = 75
  /// Below this a word would hold too little to be worth starting on the current line.
  static let minimumLength = 20
  /// `=?UTF-8?B?` and `?=`.
  private static let overhead = 12

  /// The text as encoded words of at most `firstLength` (then 75) characters each.
  ///
  /// Words never split a character's UTF-8 bytes (RFC 2047 §5), so each decodes on its own.
  static func words(for text: String, firstLength: Int) -> [String] {
    var words: [String] = []
    var chunk: [UInt8] = []
    var limit = capacity(firstLength)
    for scalar in text.unicodeScalars {
      let bytes = Array(String(scalar).utf8)
      if chunk.count + bytes.count > limit, !chunk.isEmpty {
        words.append(word(chunk))
        chunk = []
        limit = capacity(maximumLength)
      }
      chunk += bytes
    }
    if !chunk.isEmpty || words.isEmpty { words.append(word(chunk)) }
    return words
  }

  /// How many bytes fit in a word of `length` characters: base64 turns 3 bytes into 4.
  private static func capacity(_ length: Int) -> Int { max(1, (length - overhead) / 4 * 3) }

  private static func word(_ bytes: [UInt8]) -> String {
    "=?UTF-8?B?\(Data(bytes).base64EncodedString())?="
  }
}
