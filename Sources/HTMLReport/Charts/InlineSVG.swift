/// Cairo's SVG documents made fit to sit inside HTML.
enum InlineSVG {
  /// The `<svg>` element alone: the XML declaration before it is not allowed in HTML.
  static func element(_ document: String) -> String {
    guard let start = document.range(of: "<svg") else { return document }
    return String(document[start.lowerBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
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
