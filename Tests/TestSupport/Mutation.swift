import Foundation

/// A small deterministic generator (SplitMix64), so a fuzz failure replays from its seed.
public struct SeededGenerator: RandomNumberGenerator {
  public var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Mutations of pack files as a careless or hostile hand would make them: characters that
/// matter to YAML and CSV, control characters raw and as YAML escapes, paths that climb out,
/// long tokens, markup.
public enum Mutation {
  /// Characters and pieces that matter to YAML, CSV, paths, terminals and markup.
  public static let pieces: [String] =
    Array(":-,\"'[]{}#&*!|>%@`\n\r\t ?\u{FEFF}\u{0}é9.0eQ/ xyz-1e308").map(String.init) + [
      "../", "../../../../victim", "\u{1E}", "\\x1e", "\\r\\n", "\\0", "\u{7F}", "\u{85}",
      "\u{1B}[31m", "<script>", "&amp;", "]]>", "Weird Name", "UPPER",
      String(repeating: "x", count: 300),
    ]

  /// One random edit of `text`.
  public static func mutate(_ text: String, using rng: inout SeededGenerator) -> String {
    var characters = Array(text)
    switch Int.random(in: 0..<7, using: &rng) {
    case 0:  // delete a span
      if !characters.isEmpty {
        let start = Int.random(in: 0..<characters.count, using: &rng)
        let end = min(characters.count, start + Int.random(in: 1...20, using: &rng))
        characters.removeSubrange(start..<end)
      }
    case 1:  // insert significant pieces
      for _ in 0..<Int.random(in: 1...8, using: &rng) {
        let at = Int.random(in: 0...characters.count, using: &rng)
        characters.insert(contentsOf: pieces.randomElement(using: &rng)!, at: at)
      }
    case 2:  // duplicate a line
      var lines = String(characters).split(separator: "\n", omittingEmptySubsequences: false)
      if let line = lines.randomElement(using: &rng) {
        lines.insert(line, at: Int.random(in: 0...lines.count, using: &rng))
      }
      characters = Array(lines.joined(separator: "\n"))
    case 3:  // swap two lines
      var lines = String(characters).split(separator: "\n", omittingEmptySubsequences: false)
      if lines.count > 1 {
        lines.swapAt(
          Int.random(in: 0..<lines.count, using: &rng),
          Int.random(in: 0..<lines.count, using: &rng))
      }
      characters = Array(lines.joined(separator: "\n"))
    case 4:  // truncate
      characters = Array(characters.prefix(Int.random(in: 0...characters.count, using: &rng)))
    case 5:  // random text
      characters = Array(
        (0..<Int.random(in: 0...60, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }
          .joined())
    default:  // replace a character
      if !characters.isEmpty {
        let at = Int.random(in: 0..<characters.count, using: &rng)
        characters.replaceSubrange(at...at, with: pieces.randomElement(using: &rng)!)
      }
    }
    return String(characters)
  }

  /// How many times longer a fuzz test runs: `BOARDPACK_FUZZ_SCALE` (`make fuzz` sets it), else 1.
  public static var scale: Int {
    ProcessInfo.processInfo.environment["BOARDPACK_FUZZ_SCALE"].flatMap(Int.init) ?? 1
  }
}
