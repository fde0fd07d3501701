import Foundation

/// Byte-level search in UTF-8 text, for the large SVG documents Cairo writes.
///
/// Foundation's `range(of:)` on a `String` bridges to `NSString` and walks UTF-16, copying
/// the whole chart for every search. Every pattern searched for here is ASCII markup, and UTF-8
/// never puts an ASCII byte inside a multi-byte character, so a byte match is a character
/// match.
enum UTF8Bytes {
  /// The first index at or after `from` where `pattern` starts, or nil.
  ///
  /// C's `memchr` jumps to each occurrence of the pattern's first byte and `memcmp` checks the
  /// rest: both are vectorised, unlike a Swift loop over every byte of every chart.
  static func find(_ pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
    guard let first = pattern.first, let base = bytes.baseAddress, pattern.count <= bytes.count
    else { return nil }
    let last = bytes.count - pattern.count
    var index = max(from, 0)
    return pattern.withUnsafeBufferPointer { pattern in
      while index <= last {
        guard let hit = memchr(base + index, Int32(first), last - index + 1) else { return nil }
        index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        if memcmp(base + index, pattern.baseAddress!, pattern.count) == 0 { return index }
        index += 1
      }
      return nil
    }
  }
}
