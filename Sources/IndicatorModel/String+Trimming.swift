extension String {
  /// The text without the spaces and tabs at either end: what Foundation's
  /// `trimmingCharacters(in: .whitespaces)` gives, without its cost.
  ///
  /// Written by hand because the loader trims every cell of every data file, and Foundation's
  /// version bridges each string to NSString and back. Most cells have nothing to trim and are
  /// returned as they are.
  public func trimmingSpaces() -> String {
    // Most cells start and end with a visible ASCII character: nothing to look for.
    if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80,
      first != 0x20, first != 0x09, last != 0x20, last != 0x09
    {
      return self
    }
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.isSpace }) else { return "" }
    let last = scalars.lastIndex(where: { !$0.isSpace })!
    return String(self[first..<scalars.index(after: last)])
  }
}

extension Unicode.Scalar {
  /// A member of Foundation's `CharacterSet.whitespaces` on Linux: a tab, a Unicode space
  /// separator, or the zero-width space U+200B (listed by enumerating the set).
  var isSpace: Bool {
    if value < 0x80 { return value == 0x20 || value == 0x09 }
    return value == 0x200B || properties.generalCategory == .spaceSeparator
  }
}
