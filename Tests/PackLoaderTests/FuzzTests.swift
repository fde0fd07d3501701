import Foundation
import IndicatorModel
import PackLoader
import Testing

/// The loader must answer any input with diagnostics, never a crash (design §9).
@Suite struct FuzzTests {
  /// A small deterministic generator (SplitMix64), so a failure replays from its seed.
  struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  /// Characters that matter to YAML and CSV, plus a few that matter to nobody.
  static let alphabet = Array(
    ":-,\"'[]{}#&*!|>%@`\n\r\t ?\u{FEFF}\u{0}é9.0eQ/ xyz-1e308")

  static func mutate(_ text: String, using rng: inout SeededGenerator) -> String {
    var scalars = Array(text)
    switch Int.random(in: 0..<7, using: &rng) {
    case 0:  // delete a span
      if !scalars.isEmpty {
        let start = Int.random(in: 0..<scalars.count, using: &rng)
        let end = min(scalars.count, start + Int.random(in: 1...20, using: &rng))
        scalars.removeSubrange(start..<end)
      }
    case 1:  // insert significant characters
      for _ in 0..<Int.random(in: 1...8, using: &rng) {
        let at = Int.random(in: 0...scalars.count, using: &rng)
        scalars.insert(alphabet.randomElement(using: &rng)!, at: at)
      }
    case 2:  // duplicate a line
      var lines = String(scalars).split(separator: "\n", omittingEmptySubsequences: false)
      if let line = lines.randomElement(using: &rng) {
        lines.insert(line, at: Int.random(in: 0...lines.count, using: &rng))
      }
      scalars = Array(lines.joined(separator: "\n"))
    case 3:  // swap two lines
      var lines = String(scalars).split(separator: "\n", omittingEmptySubsequences: false)
      if lines.count > 1 {
        lines.swapAt(
          Int.random(in: 0..<lines.count, using: &rng), Int.random(in: 0..<lines.count, using: &rng)
        )
      }
      scalars = Array(lines.joined(separator: "\n"))
    case 4:  // truncate
      scalars = Array(scalars.prefix(Int.random(in: 0...scalars.count, using: &rng)))
    case 5:  // random text
      scalars = (0..<Int.random(in: 0...200, using: &rng)).map { _ in
        alphabet.randomElement(using: &rng)!
      }
    default:  // replace a character
      if !scalars.isEmpty {
        scalars[Int.random(in: 0..<scalars.count, using: &rng)] = alphabet.randomElement(
          using: &rng)!
      }
    }
    return String(scalars)
  }

  @Test func mutatedPacksOnlyGiveDiagnostics() throws {
    var rng = SeededGenerator(state: 20_140_612)
    for iteration in 0..<300 {
      var replacements: [String: String] = [:]
      for _ in 0..<Int.random(in: 1...3, using: &rng) {
        let file = StarterPack.files.randomElement(using: &rng)!
        var text = replacements[file.path] ?? file.contents
        for _ in 0..<Int.random(in: 1...4, using: &rng) { text = Self.mutate(text, using: &rng) }
        replacements[file.path] = text
      }
      let pack = try TestPack(replacing: replacements)
      let result = PackLoader.load(from: pack.directory)
      try? FileManager.default.removeItem(atPath: pack.directory)
      let locations = result.diagnostics.map(\.location)
      #expect(
        locations.allSatisfy { $0.line >= 1 && $0.column >= 1 }, "iteration \(iteration)")
      let sorted = locations.sorted {
        ($0.file, $0.line, $0.column) < ($1.file, $1.line, $1.column)
      }
      #expect(locations == sorted, "iteration \(iteration): diagnostics sorted")
      if result.pack == nil {
        #expect(result.diagnostics.hasErrors, "iteration \(iteration): no pack needs a reason")
      }
    }
  }

  @Test func randomBytesGiveDiagnostics() throws {
    var rng = SeededGenerator(state: 7)
    for _ in 0..<20 {
      let bytes = (0..<Int.random(in: 1...300, using: &rng)).map { _ in
        UInt8.random(in: 0...255, using: &rng)
      }
      let pack = try TestPack()
      for path in ["pack.yaml", "data/quarterly.csv", "partners.yaml"] {
        try Data(bytes).write(to: URL(fileURLWithPath: "\(pack.directory)/\(path)"))
      }
      let result = PackLoader.load(from: pack.directory)
      try? FileManager.default.removeItem(atPath: pack.directory)
      #expect(result.diagnostics.hasErrors)
    }
  }
}
