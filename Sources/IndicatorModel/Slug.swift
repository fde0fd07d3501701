import Foundation

/// The ids of the pack, its themes, indicators and partners: they name files and folders in the
/// output (`summaries/<partner-id>.pdf`), URLs and HTML ids, so they are slugs.
public enum Slug {
  /// The longest id: room for `<id>-compare@2x.png` and more inside a 255-byte file name.
  public static let maxLength = 64

  /// The rule in words, for messages.
  public static let rule =
    "lower-case letters a–z, digits and hyphens, at most \(maxLength) characters"

  /// Whether `text` is 1–64 of `[a-z0-9-]`.
  public static func isValid(_ text: some StringProtocol) -> Bool {
    var count = 0
    for byte in text.utf8 {
      count += 1
      guard count <= maxLength, isSlugByte(byte) else { return false }
    }
    return count > 0
  }

  /// A slug near `text`, for "try …": accents dropped, lower-cased, every run of other
  /// characters a hyphen, cut to 64. `"Weird Name"` → `weird-name`.
  public static func suggestion(for text: some StringProtocol) -> String {
    var out = ""
    var pendingHyphen = false
    for scalar in text.prefix(4 * maxLength).unicodeScalars {
      guard let byte = folded(scalar) else {
        pendingHyphen = !out.isEmpty
        continue
      }
      if byte == UInt8(ascii: "-") {
        pendingHyphen = !out.isEmpty
        continue
      }
      if pendingHyphen { out.append("-") }
      pendingHyphen = false
      out.unicodeScalars.append(Unicode.Scalar(byte))
      if out.utf8.count >= maxLength { break }
    }
    while out.hasSuffix("-") { out.removeLast() }
    return out.isEmpty ? "id" : String(out.prefix(maxLength))
  }

  /// `[a-z0-9-]` for a letter or digit, with the common Latin accents dropped; nil otherwise.
  private static func folded(_ scalar: Unicode.Scalar) -> UInt8? {
    if scalar.isASCII {
      let byte = UInt8(scalar.value)
      if isSlugByte(byte) { return byte }
      if (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) { return byte + 32 }
      return nil
    }
    // A decomposed letter's first scalar is its base letter (é → e + ◌́).
    let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first
    guard let base, base.isASCII, base != scalar else { return nil }
    return folded(base)
  }

  private static func isSlugByte(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
      || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
  }
}
