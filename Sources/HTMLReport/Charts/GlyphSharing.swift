/// Shares Cairo's glyph outlines between every chart on the page.
///
/// Cairo's SVG draws text as `<use>` of a `<symbol>` per glyph, and each chart carries its own
/// copy of every outline it uses: some 100 kB a chart, 70% of its size. Across a page the same
/// few hundred outlines repeat in every chart, so each distinct outline is kept once, in the
/// page's hidden sprite, and the charts refer to it there (`<use>` may point anywhere in the
/// same document). The page shrinks about threefold; what the charts show is unchanged.
final class GlyphSharing {
  private var idsByOutline: [String: String] = [:]
  private var outlines: [(id: String, body: String)] = []

  /// The chart with its glyph symbols moved out and its references pointed at the shared ones.
  func share(_ svg: String) -> String {
    let open = "<symbol overflow=\"visible\" id=\""
    var renamed: [String: String] = [:]
    var out = ""
    var rest = svg[...]
    while let start = rest.range(of: open) {
      guard let idEnd = rest.range(of: "\"", range: start.upperBound..<rest.endIndex),
        let bodyStart = rest.range(of: ">", range: idEnd.upperBound..<rest.endIndex),
        let close = rest.range(of: "</symbol>", range: bodyStart.upperBound..<rest.endIndex)
      else { break }
      out += rest[..<start.lowerBound]
      let id = String(rest[start.upperBound..<idEnd.lowerBound])
      let body = String(rest[bodyStart.upperBound..<close.lowerBound])
      renamed[id] = sharedID(for: body)
      rest = rest[close.upperBound...]
    }
    out += rest
    guard !renamed.isEmpty else { return svg }
    // Every reference to a moved glyph, in one pass.
    var result = ""
    result.reserveCapacity(out.utf8.count)
    var tail = out[...]
    let reference = "xlink:href=\"#"
    while let start = tail.range(of: reference) {
      guard let end = tail.range(of: "\"", range: start.upperBound..<tail.endIndex) else { break }
      result += tail[..<start.lowerBound]
      let id = String(tail[start.upperBound..<end.lowerBound])
      result += "href=\"#" + (renamed[id] ?? id) + "\""
      tail = tail[end.upperBound...]
    }
    result += tail
    // Cairo wraps the symbols in <defs><g>…</g></defs>; drop what is left empty.
    return result.replacingOccurrences(of: "<defs>\n<g>\n</g>\n</defs>\n", with: "")
  }

  /// The shared symbols, for the page's hidden sprite.
  var symbols: String {
    outlines.map { "<symbol overflow=\"visible\" id=\"\($0.id)\">\($0.body)</symbol>" }
      .joined(separator: "\n")
  }

  private func sharedID(for body: String) -> String {
    if let id = idsByOutline[body] { return id }
    let id = "bp-glyph-\(outlines.count + 1)"
    idsByOutline[body] = id
    outlines.append((id, body))
    return id
  }
}
