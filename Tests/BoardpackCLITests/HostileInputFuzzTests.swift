import Foundation
import TestSupport
import Testing

/// Bounded mutation fuzzing of the example pack through the real `boardpack` (issue #15): any
/// edit gives located errors or a pack, never a crash; and packs that pass `check` with hostile
/// text in every field build into PDFs qpdf accepts, SVGs that parse as XML and an index.html
/// an HTML5 parser reads without a parse error. `make fuzz` runs it longer
/// (`BOARDPACK_FUZZ_SCALE`).
@Suite struct HostileInputFuzzTests {
  /// The example pack's text files, by path inside `Indicators/`.
  static let files: [(path: String, text: String)] = {
    let root = ExamplePack.root.appendingPathComponent("Indicators")
    let walker = FileManager.default.enumerator(atPath: root.path)
    var files: [(String, String)] = []
    while let path = walker?.nextObject() as? String {
      guard path.hasSuffix(".yaml") || path.hasSuffix(".csv") else { continue }
      let text = try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
      if let text { files.append((path, text)) }
    }
    return files.sorted { $0.0 < $1.0 }
  }()

  @Test func mutatedPacksGiveLocatedErrorsNeverACrash() throws {
    var rng = SeededGenerator(seed: 15)
    for iteration in 0..<(200 * Mutation.scale) {
      let folder = try ExamplePack.copy()
      defer { try? FileManager.default.removeItem(at: folder) }
      for _ in 0..<Int.random(in: 1...3, using: &rng) {
        let file = Self.files.randomElement(using: &rng)!
        let url = folder.appendingPathComponent("Indicators/\(file.path)")
        var text = try String(contentsOf: url, encoding: .utf8)
        for _ in 0..<Int.random(in: 1...4, using: &rng) {
          text = Mutation.mutate(text, using: &rng)
        }
        try Data(text.utf8).write(to: url)
      }
      let run = try BoardpackProcess.run(["check"], in: folder)
      let label = "iteration \(iteration)"
      // 0 or 1: a signal (a crash) or a trap would be another status.
      #expect(run.status == 0 || run.status == 1, "\(label): status \(run.status)\n\(run.stderr)")
      let lines = run.stderr.split(separator: "\n")
      if run.status == 1 { #expect(!lines.isEmpty, "\(label): exit 1 with no reason") }
      for line in lines {
        #expect(
          line.wholeMatch(of: #/Indicators[^:]*:\d+:\d+: (error|warning): .+/#) != nil,
          "\(label): unlocated \(line.prefix(300))")
        #expect(!line.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, "\(label)")
      }
    }
  }

  /// Text that is valid in every field yet means something to HTML, XML, Pango markup,
  /// Mustache, printf, terminals or bidirectional layout.
  static let hostileText = [
    "<script>alert(1)</script>", "Tom & Jerry's \"best\"", "<b>bold</b> <span foreground=\"red\">",
    "{{pack.title}} {{{x}}} %s %@ %n", "]]> --> <!-- &amp; &#0; &nbsp;", "مرحبا שלום RTL",
    "Zalgo z̷̢͎a̸l̴g̵o̶", "👩‍👩‍👧 ✓ ★ 🇬🇧", String(repeating: "Long title ", count: 40),
    "back\\slash 'single' `tick`", "\u{2028}line separator\u{2029}", "\u{200B}zero width",
  ]

  /// The keys whose values are free text, as a pack's editors write them.
  static let textKeys = [
    "title", "description", "name", "board", "organisation", "owner", "lead", "source", "text",
    "author", "action", "unit", "label",
  ]

  /// Puts hostile text into a few free-text values of the YAML files.
  static func hostileEdit(_ text: String, using rng: inout SeededGenerator) -> String {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let candidates = lines.indices.filter { index in
      let line = lines[index].trimmingCharacters(in: .whitespaces)
      // A block scalar (`|`, `>-`) runs over the lines below: leave it.
      return textKeys.contains { key in
        ["\(key): ", "- \(key): "].contains { prefix in
          line.hasPrefix(prefix) && !"|>".contains(line.dropFirst(prefix.count).first ?? "|")
        }
      }
    }
    guard !candidates.isEmpty else { return text }
    for _ in 0..<Int.random(in: 1...4, using: &rng) {
      let index = candidates.randomElement(using: &rng)!
      let line = lines[index]
      let colon = line.range(of: ": ")!
      let value = hostileText.randomElement(using: &rng)!
        .replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        .replacingOccurrences(of: "\u{2028}", with: "\\L").replacingOccurrences(
          of: "\u{2029}", with: "\\P")
      lines[index] = line[..<colon.upperBound] + "\"\(value)\""
    }
    return lines.joined(separator: "\n")
  }

  @Test(arguments: 1...20) func hostileTextThatPassesCheckBuildsValidFiles(seed: Int) throws {
    var rng = SeededGenerator(seed: UInt64(seed) * 1_000_003 * UInt64(Mutation.scale))
    let folder = try ExamplePack.copy()
    defer { try? FileManager.default.removeItem(at: folder) }
    let yaml = Self.files.filter { $0.path.hasSuffix(".yaml") }
    for _ in 0..<3 {
      let file = yaml.randomElement(using: &rng)!
      let url = folder.appendingPathComponent("Indicators/\(file.path)")
      let text = try String(contentsOf: url, encoding: .utf8)
      try Data(Self.hostileEdit(text, using: &rng).utf8).write(to: url)
    }
    let check = try BoardpackProcess.run(["check"], in: folder)
    try #require(check.status == 0, "seed \(seed): check refused valid text\n\(check.stderr)")
    let build = try BoardpackProcess.run(["build", "--quiet"], in: folder)
    try #require(build.status == 0, "seed \(seed): \(build.stderr)")
    let pack = folder.appendingPathComponent("Output/stockport-cyp/2013-14-q4")
    let summaries = try FileManager.default.contentsOfDirectory(
      atPath: pack.appendingPathComponent("summaries").path)
    for pdf in ["pack.pdf"] + summaries.map({ "summaries/\($0)" }) {
      let (status, output) = try Tool.run(
        "/usr/bin/qpdf", ["--check", pack.appendingPathComponent(pdf).path])
      #expect(status == 0, "seed \(seed): \(pdf): \(output.suffix(500))")
    }
    let (status, output) = try Tool.run(
      "/usr/bin/env", ["python3", "-c", Self.parseOutputs, pack.path])
    #expect(status == 0 && output.isEmpty, "seed \(seed): \(output.prefix(2_000))")
  }

  /// Every SVG through Python's XML parser, index.html through html5lib in strict mode (it
  /// raises on the first HTML5 parse error); prints what failed.
  static let parseOutputs = """
    import glob, os, sys, xml.etree.ElementTree as ET, html5lib
    folder = sys.argv[1]
    for svg in sorted(glob.glob(os.path.join(folder, "charts", "*.svg"))):
        try:
            ET.parse(svg)
        except ET.ParseError as error:
            print(os.path.basename(svg), error)
    try:
        html5lib.HTMLParser(strict=True).parse(open(os.path.join(folder, "index.html"), "rb"))
    except Exception as error:
        print("index.html", error)
    """
}
