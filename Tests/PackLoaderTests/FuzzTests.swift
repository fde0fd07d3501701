import Foundation
import IndicatorModel
import PackLoader
import TestSupport
import Testing

/// The loader must answer any input with diagnostics, never a crash (design §9).
@Suite struct FuzzTests {
  @Test func mutatedPacksOnlyGiveDiagnostics() throws {
    var rng = SeededGenerator(seed: 20_140_612)
    for iteration in 0..<(300 * Mutation.scale) {
      var replacements: [String: String] = [:]
      for _ in 0..<Int.random(in: 1...3, using: &rng) {
        let file = StarterPack.files.randomElement(using: &rng)!
        var text = replacements[file.path] ?? file.contents
        for _ in 0..<Int.random(in: 1...4, using: &rng) {
          text = Mutation.mutate(text, using: &rng)
        }
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
      // Messages quote at most 80 characters and never echo a control character.
      for diagnostic in result.diagnostics {
        let text = diagnostic.description
        #expect(UserText.forbiddenScalar(in: text, lines: .one) == nil, "iteration \(iteration)")
        #expect(text.count < 1_000, "iteration \(iteration): \(text.prefix(200))")
      }
      if result.pack == nil {
        #expect(result.diagnostics.hasErrors, "iteration \(iteration): no pack needs a reason")
      }
    }
  }

  @Test func randomBytesGiveDiagnostics() throws {
    var rng = SeededGenerator(seed: 7)
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
