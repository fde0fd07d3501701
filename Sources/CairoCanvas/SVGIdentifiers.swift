/// Makes Cairo's SVG ids repeatable and unique per chart.
///
/// Cairo numbers `<g id="surfaceN">` from a process-wide counter, so the same chart rendered
/// twice differs; and every Cairo SVG uses the same glyph ids (`glyph0-1` …), so two charts
/// inlined in one HTML page would clash (invalid HTML, wrong glyphs). This renumbers surfaces in
/// order of appearance and puts `prefix` before every id and every reference to one.
enum SVGIdentifiers {
  /// The three places an id appears in Cairo's output, as bytes.
  static let openers: [[UInt8]] = [
    Array("id=\"".utf8), Array("href=\"#".utf8), Array("url(#".utf8),
  ]

  /// One pass over the bytes: copy through, and at each opener rewrite the name that follows.
  static func rewrite(_ svg: String, prefix: String) -> String {
    var svg = svg
    return svg.withUTF8 { rewrite(bytes: $0, prefix: Array(prefix.utf8)) }
  }

  /// `rewrite(_:prefix:)` on the UTF-8 bytes. A large dashboard's charts are hundreds of
  /// megabytes of SVG, so the text between ids is copied in runs rather than byte by byte, and
  /// only a byte that can begin an opener (`i`, `h`, `u`) is looked at twice.
  static func rewrite(bytes: UnsafeBufferPointer<UInt8>, prefix: [UInt8]) -> String {
    let surface = Array("surface".utf8)
    var surfaces: [[UInt8]: Int] = [:]
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + 4096)
    var copied = 0
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      guard byte == UInt8(ascii: "i") || byte == UInt8(ascii: "h") || byte == UInt8(ascii: "u"),
        let opener = openers.first(where: { matches($0, in: bytes, at: index) })
      else {
        index += 1
        continue
      }
      index += opener.count
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
      var end = index
      while end < bytes.count && bytes[end] != UInt8(ascii: "\"") && bytes[end] != UInt8(ascii: ")")
      {
        end += 1
      }
      var name = Array(bytes[index..<end])
      let digits = name.dropFirst(surface.count)
      if name.starts(with: surface), !digits.isEmpty,
        digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
      {
        let number = surfaces[name] ?? (surfaces.count + 1)
        surfaces[name] = number
        name = surface + Array(String(number).utf8)
      }
      output.append(contentsOf: prefix)
      output.append(contentsOf: name)
      index = end
      copied = end
    }
    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
    return String(decoding: output, as: UTF8.self)
  }

  static func matches(_ pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at index: Int)
    -> Bool
  {
    guard bytes[index] == pattern[0], index + pattern.count <= bytes.count else { return false }
    for offset in 1..<pattern.count where bytes[index + offset] != pattern[offset] { return false }
    return true
  }
}
