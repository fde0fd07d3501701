/// Shares Cairo's glyph outlines between every chart on the page.
///
/// Cairo's SVG draws text as `<use>` of a `<symbol>` per glyph, and each chart carries its own
/// copy of every outline it uses, most of its size. Across a page the same few hundred outlines
/// repeat in every chart, so each distinct outline is kept once, in the page's hidden sprite,
/// and the charts refer to it there (`<use>` may point anywhere in the same document). What the
/// charts show is unchanged.
final class GlyphSharing {
  private var idsByOutline: [String: String] = [:]
  private var outlines: [(id: String, body: String)] = []

  /// The chart with its glyph symbols moved out and its references pointed at the shared ones.
  func share(_ svg: String) -> String {
    var svg = svg
    return svg.withUTF8 { share(bytes: $0) } ?? svg
  }

  /// `share(_:)` on the UTF-8 bytes, in two passes that copy through everything but the glyph
  /// symbols and the references to them; nil when the chart has no glyphs to share.
  private func share(bytes: UnsafeBufferPointer<UInt8>) -> String? {
    var renamed: [String: String] = [:]
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var rest = 0
    while let start = UTF8Bytes.find(Self.symbolOpen, in: bytes, from: rest) {
      let idStart = start + Self.symbolOpen.count
      guard let idEnd = UTF8Bytes.find(Self.quote, in: bytes, from: idStart),
        let bodyStart = UTF8Bytes.find(Self.tagEnd, in: bytes, from: idEnd + 1),
        let close = UTF8Bytes.find(Self.symbolClose, in: bytes, from: bodyStart + 1)
      else { break }
      out.append(contentsOf: bytes[rest..<start])
      let id = String(decoding: bytes[idStart..<idEnd], as: UTF8.self)
      let body = String(decoding: bytes[(bodyStart + 1)..<close], as: UTF8.self)
      renamed[id] = sharedID(for: body)
      rest = close + Self.symbolClose.count
    }
    guard !renamed.isEmpty else { return nil }
    out.append(contentsOf: bytes[rest...])
    // Every reference to a moved glyph, in one pass.
    var result: [UInt8] = []
    result.reserveCapacity(out.count)
    out.withUnsafeBufferPointer { out in
      var tail = 0
      while let start = UTF8Bytes.find(Self.reference, in: out, from: tail) {
        let idStart = start + Self.reference.count
        guard let end = UTF8Bytes.find(Self.quote, in: out, from: idStart) else { break }
        result.append(contentsOf: out[tail..<start])
        let id = String(decoding: out[idStart..<end], as: UTF8.self)
        result.append(contentsOf: Self.sharedReference)
        result.append(contentsOf: (renamed[id] ?? id).utf8)
        result.append(contentsOf: Self.quote)
        tail = end + 1
      }
      result.append(contentsOf: out[tail...])
    }
    // Cairo wraps the symbols in <defs><g>…</g></defs>; drop what is left empty.
    return String(decoding: Self.removingAll(Self.emptyDefs, from: result), as: UTF8.self)
  }

  /// The bytes without any occurrence of `pattern`.
  private static func removingAll(_ pattern: [UInt8], from bytes: [UInt8]) -> [UInt8] {
    bytes.withUnsafeBufferPointer { buffer in
      guard var next = UTF8Bytes.find(pattern, in: buffer, from: 0) else { return bytes }
      var cleaned: [UInt8] = []
      cleaned.reserveCapacity(buffer.count)
      var from = 0
      while true {
        cleaned.append(contentsOf: buffer[from..<next])
        from = next + pattern.count
        guard let found = UTF8Bytes.find(pattern, in: buffer, from: from) else { break }
        next = found
      }
      cleaned.append(contentsOf: buffer[from...])
      return cleaned
    }
  }

  private static let symbolOpen = Array("<symbol overflow=\"visible\" id=\"".utf8)
  private static let symbolClose = Array("</symbol>".utf8)
  private static let quote = Array("\"".utf8)
  private static let tagEnd = Array(">".utf8)
  private static let reference = Array("xlink:href=\"#".utf8)
  private static let sharedReference = Array("href=\"#".utf8)
  private static let emptyDefs = Array("<defs>\n<g>\n</g>\n</defs>\n".utf8)

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
