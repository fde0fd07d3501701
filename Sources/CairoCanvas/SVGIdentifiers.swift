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
    let bytes = Array(svg.utf8)
    let prefixBytes = Array(prefix.utf8)
    let surface = Array("surface".utf8)
    var surfaces: [[UInt8]: Int] = [:]
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + 4096)
    var index = 0
    while index < bytes.count {
      guard let opener = openers.first(where: { matches($0, in: bytes, at: index) }) else {
        output.append(bytes[index])
        index += 1
        continue
      }
      output.append(contentsOf: opener)
      index += opener.count
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
      output.append(contentsOf: prefixBytes)
      output.append(contentsOf: name)
      index = end
    }
    return String(decoding: output, as: UTF8.self)
  }

  static func matches(_ pattern: [UInt8], in bytes: [UInt8], at index: Int) -> Bool {
    guard bytes[index] == pattern[0], index + pattern.count <= bytes.count else { return false }
    for offset in 1..<pattern.count where bytes[index + offset] != pattern[offset] { return false }
    return true
  }
}
