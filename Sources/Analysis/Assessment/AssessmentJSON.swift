import Foundation
import IndicatorModel

/// Pretty-printed `assessment.json`, encoded indicator by indicator and written in pieces.
///
/// One `JSONEncoder` call over a whole assessment builds its entire tree before writing a byte,
/// which for a large pack is most of a build's peak memory. The encoder's pretty printing is
/// regular (two spaces a level, strings escaped onto one line), so an indicator encoded on its
/// own and indented by its depth is exactly its text inside the whole; the rest of the document
/// is encoded with no indicators and the array spliced in. The indicators are independent, so
/// they are encoded on every core (`concurrentMap`). A test compares the result with one
/// encoder call.
enum AssessmentJSON {
  /// The encoder settings of `Assessment.jsonData`.
  static func encoder(prettyPrinted: Bool) -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting =
      prettyPrinted ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys]
    return encoder
  }

  /// The text before the indicators' elements, at the top level of the document.
  static let arrayOpening = Array("\n  \"indicators\" : [".utf8)
  /// Each element of the indicators array sits two levels deep.
  static let elementIndent = Array("    ".utf8)

  static func encode(_ assessment: Assessment) throws -> Data {
    var out = Data()
    try write(assessment) { out.append($0) }
    return out
  }

  /// How many indicators are encoded at a time when writing in pieces: enough to keep every
  /// core busy, few enough that only a few megabytes of text are held at once.
  static let defaultBatchSize = 32

  /// The document in pieces, in order, to `sink`: the text of at most `batchSize` indicators is
  /// held at a time, so a build can stream a large file to disk instead of holding it whole.
  static func write(
    _ assessment: Assessment, batchSize: Int = defaultBatchSize, to sink: (Data) throws -> Void
  ) throws {
    guard !assessment.indicators.isEmpty else {
      return try sink(encoder(prettyPrinted: true).encode(assessment))
    }
    var shell = assessment
    shell.indicators = []
    let outline = [UInt8](try encoder(prettyPrinted: true).encode(shell))
    // The empty array is written as `[` then whitespace then `]`; the elements go in between.
    guard let open = find(arrayOpening, in: outline),
      let close = outline[(open + arrayOpening.count)...].firstIndex(of: UInt8(ascii: "]"))
    else { return try sink(encoder(prettyPrinted: true).encode(assessment)) }

    try sink(Data(outline[..<(open + arrayOpening.count)]))
    let indicators = assessment.indicators
    for start in stride(from: 0, to: indicators.count, by: batchSize) {
      let batch = Array(indicators[start..<min(start + batchSize, indicators.count)])
      var piece = Data()
      for (offset, element) in try encodeElements(batch).enumerated() {
        piece.append(contentsOf: start + offset == 0 ? [0x0A] : [0x2C, 0x0A])  // "\n" or ",\n"
        piece.append(element)
      }
      try sink(piece)
    }
    var end = Data("\n  ]".utf8)
    end.append(contentsOf: outline[(close + 1)...])
    try sink(end)
  }

  /// Every indicator's pretty JSON, indented to its depth, in order.
  static func encodeElements(_ indicators: [IndicatorAssessment]) throws -> [Data] {
    try indicators.concurrentMap { indicator in
      indented(try encoder(prettyPrinted: true).encode(indicator))
    }
  }

  /// The text with `elementIndent` before every line that has any character; the encoder
  /// writes no blank line for which that would be wrong (checked by a test against one call).
  static func indented(_ data: Data) -> Data {
    let bytes = [UInt8](data)
    var out = [UInt8]()
    out.reserveCapacity(bytes.count + bytes.count / 4)
    var lineStart = 0
    while lineStart < bytes.count {
      let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
      if lineEnd > lineStart { out.append(contentsOf: elementIndent) }
      out.append(contentsOf: bytes[lineStart..<min(lineEnd + 1, bytes.count)])
      lineStart = lineEnd + 1
    }
    return Data(out)
  }

  static func find(_ pattern: [UInt8], in bytes: [UInt8]) -> Int? {
    guard pattern.count <= bytes.count else { return nil }
    for start in 0...(bytes.count - pattern.count)
    where bytes[start..<(start + pattern.count)].elementsEqual(pattern) {
      return start
    }
    return nil
  }
}
