import Testing

@testable import HTMLReport

/// Byte search in UTF-8 text: the first match at or after the start, or none.
@Suite struct UTF8BytesTests {
  @Test(arguments: [
    ("</symbol>", "<g></symbol></symbol>", 0, 3),
    ("</symbol>", "<g></symbol></symbol>", 4, 12),
    ("</symbol>", "<g></symbol></symbol>", 12, 12),
    ("</symbol>", "<g></symbol></symbol>", 13, nil),
    ("\"", "id=\"a\"", 0, 3),
    ("\"", "id=\"a\"", 6, nil),
    ("<<a", "<<<a", 0, 1),  // a partial match first
    ("abc", "ab", 0, nil),  // longer than the text
    ("abc", "", 0, nil),
    ("é>", "<é>é>", 2, 4),  // byte offsets in UTF-8
  ])
  func find(pattern: String, text: String, from: Int, expected: Int?) {
    var text = text
    let found = text.withUTF8 { UTF8Bytes.find(Array(pattern.utf8), in: $0, from: from) }
    #expect(found == expected)
  }
}
