import Foundation
import Testing
import TestSupport

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `boardpack chart` end to end: the real binary on the example pack, each file opened and
/// checked as what it claims to be.
@Suite("boardpack chart")
struct ChartCommandTests {
  static let kinds = ["trend", "spc", "compare"]

  /// Width and height from a PNG's IHDR chunk, after checking the signature.
  static func pngSize(_ data: Data) -> (width: Int, height: Int)? {
    let bytes = [UInt8](data)
    let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    guard bytes.count > 24, Array(bytes[0..<8]) == signature,
      String(decoding: bytes[12..<16], as: UTF8.self) == "IHDR"
    else { return nil }
    func int(_ at: Int) -> Int { bytes[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
    return (int(16), int(20))
  }

  /// Runs `pdftotext` on a file.
  static func pdfText(_ url: URL) throws -> String {
    try Tool.run("/usr/bin/pdftotext", [url.path, "-"], errorsToo: false).output
  }

  @Test("PNG at 1× and 2×: a real PNG of the asked size", arguments: kinds)
  func png(_ kind: String) throws {
    let folder = try BoardpackProcess.temporaryFolder()
    for (scale, size) in [("1", (800, 400)), ("2", (1200, 600))] {
      let file = folder.appendingPathComponent("\(kind)-\(scale).png")
      var arguments = ["chart", "cc-registration", "--kind", kind, "-o", file.path]
      arguments += scale == "2" ? ["--scale", "2", "--width", "600", "--height", "300"] : []
      let result = try ExamplePack.run(arguments)
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout.hasPrefix("wrote \(file.path): \(kind) chart of cc-registration"))
      let got = try #require(Self.pngSize(try Data(contentsOf: file)))
      if kind == "compare" && scale == "1" {
        // As high as its bars need, as the build's chart files: the size it reports.
        #expect(got.width == 800 && got.height != 400)
        #expect(result.stdout.contains("800×\(got.height),"))
      } else {
        #expect(got.width == size.0 && got.height == size.1)
      }
    }
  }

  @Test("a file in the way of -o: a sentence naming it, not Foundation's error text")
  func aFileInTheWay() throws {
    let folder = try BoardpackProcess.temporaryFolder()
    try Data("a file".utf8).write(to: folder.appendingPathComponent("notes"))
    let result = try BoardpackProcess.run(
      [
        "chart", "cc-registration", "--pack", ExamplePack.root.path + "/Indicators", "-o",
        "notes/chart.png",
      ], in: folder)
    #expect(result.status == 1)
    #expect(
      result.stderr
        == "error: cannot write notes/chart.png: a file named \"notes\" is in the way; choose another file with -o\n"
    )
  }

  @Test("SVG parses as XML, sized in pixels, titled with the alt text", arguments: kinds)
  func svg(_ kind: String) throws {
    let file = try BoardpackProcess.temporaryFolder().appendingPathComponent("\(kind).svg")
    let result = try ExamplePack.run([
      "chart", "cc-registration", "--kind", kind, "-o", file.path, "--width", "640",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let document = try XMLDocument(data: try Data(contentsOf: file))
    let root = try #require(document.rootElement())
    #expect(root.name == "svg")
    // By name among the attributes: FoundationXML's `attribute(forName:)` misses them on an
    // element in the default SVG namespace.
    #expect(root.attributes?.first { $0.name == "width" }?.stringValue == "640px")
    let title = try #require(root.elements(forName: "title").first?.stringValue)
    #expect(title.contains("Children's Centre registration (children under 5)"))
  }

  @Test("PDF: pdftotext finds the title and the reporting period", arguments: kinds)
  func pdf(_ kind: String) throws {
    let file = try BoardpackProcess.temporaryFolder().appendingPathComponent("\(kind).pdf")
    let result = try ExamplePack.run(["chart", "cc-registration", "--kind", kind, "-o", file.path])
    #expect(result.status == 0, "\(result.stderr)")
    let text = try Self.pdfText(file)
    #expect(text.contains("Children's Centre registration (children under 5)"))
    #expect(text.contains("2013/14 Q4"))
  }

  @Test("--period moves the chart to the 2019/20 meeting")
  func period() throws {
    let file = try BoardpackProcess.temporaryFolder().appendingPathComponent("exclusions.pdf")
    let result = try ExamplePack.run([
      "chart", "permanent-exclusions", "--kind", "compare", "--period", "2019/20 Q2", "-o",
      file.path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let text = try Self.pdfText(file)
    #expect(text.contains("2018/19"))
    #expect(text.contains("Leeds"))
  }

  @Test(
    "bad requests are clear errors, and write nothing",
    arguments: [
      (["chart", "cc-registraton", "-o", "OUT.png"], 1, "did you mean \"cc-registration\"?"),
      (["chart", "cc-registration", "-o", "OUT.jpg"], 64, "name the file .png, .svg or .pdf"),
      (["chart", "cc-registration", "-o", "OUT"], 64, "has no extension"),
      (["chart", "cc-registration", "-o", "OUT.svg", "--scale", "2"], 64, "PNG only"),
      (["chart", "cc-registration", "-o", "OUT.png", "--width", "0"], 64, "--width 0"),
      (["chart", "cc-registration", "--kind", "pie", "-o", "OUT.png"], 64, "pie"),
    ])
  func errors(_ arguments: [String], _ status: Int32, _ message: String) throws {
    let folder = try BoardpackProcess.temporaryFolder()
    let output = arguments.firstIndex(of: "-o").map { arguments[$0 + 1] } ?? "OUT.png"
    let resolved = arguments.map { $0 == output ? folder.appendingPathComponent($0).path : $0 }
    let result = try ExamplePack.run(resolved)
    #expect(result.status == status)
    #expect(result.stderr.contains(message), "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(output).path))
  }
}
