import Foundation
import IndicatorModel
import Testing

@Suite("Trimming spaces")
struct TrimmingTests {
  /// The hand-written trim against the Foundation call it replaces, on the cases that differ
  /// between "spaces" and "whitespace": tabs and no-break spaces go, newlines stay.
  @Test(
    "same as trimmingCharacters(in: .whitespaces)",
    arguments: [
      "", " ", "  \t ", "55.0", " 55.0 ", "\t2013/14 Q4\t", "\u{00A0}74,588\u{3000}",
      "a b", "\n55\n", " \r\n", "é ", " 𝟘 ", "\u{2009}thin\u{202F}", "\u{200B}zero-width",
    ])
  func sameAsFoundation(_ text: String) {
    #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces))
  }

  /// Every scalar Foundation counts as a space, and none else, in the Basic Multilingual Plane.
  @Test("the same set of space characters")
  func sameSet() {
    for value in UInt32(0)...0xFFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let text = "\(Character(scalar))x"
      #expect(
        text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces),
        "U+\(String(value, radix: 16))")
    }
  }
}
