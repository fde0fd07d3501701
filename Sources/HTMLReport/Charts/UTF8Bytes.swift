/// Byte-level search in UTF-8 text, for the large SVG documents Cairo writes.
///
/// Foundation's `range(of:)` on a `String` bridges to `NSString` and walks UTF-16, which took
/// most of the dashboard's time (the charts' own drawing took a fifth of it). Every pattern
/// searched for here is ASCII markup, and UTF-8 never puts an ASCII byte inside a multi-byte
/// character, so a byte match is a character match.
enum UTF8Bytes {
  /// The first index at or after `from` where `pattern` starts, or nil.
  static func find(_ pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
    guard let first = pattern.first, pattern.count <= bytes.count else { return nil }
    var index = from
    let last = bytes.count - pattern.count
    while index <= last {
      if bytes[index] == first {
        var offset = 1
        while offset < pattern.count && bytes[index + offset] == pattern[offset] { offset += 1 }
        if offset == pattern.count { return index }
      }
      index += 1
    }
    return nil
  }
}
