import Dispatch
import Foundation

/// Pretty-printed `assessment.json`, encoded indicator by indicator.
///
/// One `JSONEncoder` call over a whole assessment builds its entire tree before writing a byte:
/// for 500 indicators × 40 periods (a 157 MB file) that peaked at 936 MiB and took 7 s of CPU,
/// most of a large build's memory. The encoder's pretty printing is regular (two spaces a
/// level, strings escaped onto one line), so an indicator encoded on its own and indented by
/// its depth is exactly its text inside the whole; the rest of the document is encoded with no
/// indicators and the array spliced in. The indicators are independent, so they are encoded on
/// every core, each into its own slot. A test compares the result with one encoder call.
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
    guard !assessment.indicators.isEmpty else {
      return try encoder(prettyPrinted: true).encode(assessment)
    }
    var shell = assessment
    shell.indicators = []
    let outline = [UInt8](try encoder(prettyPrinted: true).encode(shell))
    // The empty array is written as `[` then whitespace then `]`; the elements go in between.
    guard let open = find(arrayOpening, in: outline),
      let close = outline[(open + arrayOpening.count)...].firstIndex(of: UInt8(ascii: "]"))
    else { return try encoder(prettyPrinted: true).encode(assessment) }

    let elements = try encodeElements(assessment.indicators)
    var out = Data()
    out.reserveCapacity(outline.count + elements.reduce(0) { $0 + $1.count + 2 } + 8)
    out.append(contentsOf: outline[..<(open + arrayOpening.count)])
    for (index, element) in elements.enumerated() {
      out.append(contentsOf: index == 0 ? [0x0A] : [0x2C, 0x0A])  // "\n" or ",\n"
      out.append(element)
    }
    out.append(contentsOf: Array("\n  ]".utf8))
    out.append(contentsOf: outline[(close + 1)...])
    return out
  }

  /// Every indicator's pretty JSON, indented to its depth, in order.
  static func encodeElements(_ indicators: [IndicatorAssessment]) throws -> [Data] {
    let slots = Slots(count: indicators.count)
    DispatchQueue.concurrentPerform(iterations: indicators.count) { index in
      slots.set(
        index,
        Result {
          indented(try encoder(prettyPrinted: true).encode(indicators[index]))
        })
    }
    return try slots.values()
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

  /// One result per indicator, written by concurrent tasks, read once they are all done.
  final class Slots: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<Data, any Error>?]

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<Data, any Error>) {
      lock.lock()
      results[index] = result
      lock.unlock()
    }

    func values() throws -> [Data] {
      lock.lock()
      defer { lock.unlock() }
      return try results.map { try $0!.get() }
    }
  }
}
