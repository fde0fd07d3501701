/// Makes Cairo's SVG ids repeatable and unique per chart.
///
/// Cairo numbers `<g id="surfaceN">` from a process-wide counter, so the same chart rendered
/// twice differs; and every Cairo SVG uses the same glyph ids (`glyph0-1` …), so two charts
/// inlined in one HTML page would clash (invalid HTML, wrong glyphs). This renumbers surfaces in
/// order of appearance and puts `prefix` before every id and every reference to one.
enum SVGIdentifiers {
  static func rewrite(_ svg: String, prefix: String) -> String {
    var surfaces: [Substring: Int] = [:]
    var output = ""
    output.reserveCapacity(svg.utf8.count + 1024)
    var rest = svg[...]
    // The three places an id appears in Cairo's output.
    let openers = ["id=\"", "href=\"#", "url(#"]
    while let (range, opener) = nextOpener(in: rest, openers: openers) {
      output += rest[..<range.upperBound]
      rest = rest[range.upperBound...]
      let end = rest.firstIndex { $0 == "\"" || $0 == ")" } ?? rest.endIndex
      var name = rest[..<end]
      if name.hasPrefix("surface"), Int(name.dropFirst("surface".count)) != nil {
        let number = surfaces[name] ?? (surfaces.count + 1)
        surfaces[name] = number
        name = "surface\(number)"[...]
      }
      output += prefix + name
      rest = rest[end...]
      _ = opener
    }
    output += rest
    return output
  }

  /// The earliest of the openers in `text`.
  static func nextOpener(
    in text: Substring, openers: [String]
  ) -> (Range<Substring.Index>, String)? {
    var best: (Range<Substring.Index>, String)?
    for opener in openers {
      if let range = text.range(of: opener), best == nil || range.lowerBound < best!.0.lowerBound {
        best = (range, opener)
      }
    }
    return best
  }
}
