/// Cairo's SVG documents made fit to sit inside HTML.
enum InlineSVG {
  /// The `<svg>` element alone: the XML declaration before it is not allowed in HTML.
  static func element(_ document: String) -> String {
    var document = document
    let start = document.withUTF8 { UTF8Bytes.find(Array("<svg".utf8), in: $0, from: 0) }
    guard let start else { return document }
    // Native slicing and trimming: Foundation's would copy the whole chart through NSString.
    var element = Substring(document.utf8.dropFirst(start))
    while let last = element.last, last.isWhitespace { element.removeLast() }
    return String(element)
  }

  /// What is inside the `<svg>` element, without its `<title>`: the body of a sprite symbol.
  static func body(_ document: String) -> String {
    let svg = element(document)
    guard let open = svg.range(of: ">"), let close = svg.range(of: "</svg>", options: .backwards)
    else { return "" }
    var inner = String(svg[open.upperBound..<close.lowerBound])
    if let titleStart = inner.range(of: "<title>"),
      let titleEnd = inner.range(of: "</title>", range: titleStart.upperBound..<inner.endIndex)
    {
      inner.removeSubrange(titleStart.lowerBound..<titleEnd.upperBound)
    }
    return inner.trimmingCharacters(in: .whitespacesAndNewlines)
  }
}

extension InlineSVG {
  /// The SVG without `id` attributes, for a drawing that refers to none of its ids and is shown
  /// more than once on a page (ids must be unique in HTML).
  static func removingIDs(_ svg: String) -> String {
    guard !svg.contains("href=\"#"), !svg.contains("url(#") else { return svg }
    var out = ""
    var rest = svg[...]
    while let start = rest.range(of: " id=\"") {
      out += rest[..<start.lowerBound]
      guard let end = rest.range(of: "\"", range: start.upperBound..<rest.endIndex) else {
        rest = rest[start.lowerBound...]
        break
      }
      rest = rest[end.upperBound...]
    }
    return out + rest
  }
}
