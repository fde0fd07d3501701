import Testing

@testable import Mail

/// Quoted-printable against hand-worked RFC 2045 §6.7 cases.
@Suite struct QuotedPrintableTests {
  @Test(arguments: [
    ("plain text", "plain text"),
    ("café", "caf=C3=A9"),
    ("a = b", "a =3D b"),
    ("trailing space ", "trailing space=20"),
    ("trailing tab\t", "trailing tab=09"),
    ("inner\ttab", "inner\ttab"),
    ("two\nlines", "two\r\nlines"),
    ("cr\r\nlf\rmixed", "cr\r\nlf\r\nmixed"),
    ("", ""),
    (String(repeating: "a", count: 76), String(repeating: "a", count: 76)),
    (
      String(repeating: "a", count: 77),
      String(repeating: "a", count: 75) + "=\r\n" + "aa"
    ),
    (
      String(repeating: "a", count: 74) + "é",
      String(repeating: "a", count: 74) + "=\r\n=C3=A9"
    ),
  ])
  func encodes(input: String, expected: String) {
    #expect(QuotedPrintable.encode(input) == expected)
  }

  @Test func linesNeverPass76() {
    let text = String(repeating: "é = x ", count: 200) + "\n" + String(repeating: "😀", count: 100)
    let lines = QuotedPrintable.encode(text).components(separatedBy: "\r\n")
    #expect(lines.allSatisfy { $0.count <= 76 })
  }
}
