import Foundation
import Testing
import TestSupport

/// `boardpack build --format pdf,summaries` end to end, for both meetings: every PDF passes
/// `qpdf --check`, reads back, and is the same twice.
@Suite struct PDFBuildTests {
  let folder: URL

  init() throws {
    folder = try ExamplePack.copy()
  }

  static let meetings = [("2013/14 Q4", "2013-14-q4"), ("2019/20 Q2", "2019-20-q2")]

  func pdfs(_ slug: String) throws -> [String: Data] {
    let base = folder.appendingPathComponent("Output/stockport-cyp/\(slug)")
    var result: [String: Data] = [:]
    for path in ["pack.pdf"]
      + ["health", "police", "schools", "voluntary-sector"].map({ "summaries/\($0).pdf" })
    {
      result[path] = try Data(contentsOf: base.appendingPathComponent(path))
    }
    return result
  }

  @Test(
    "pack.pdf and four summaries: qpdf-clean, exceptions read back in order, same bytes twice",
    arguments: meetings)
  func build(period: String, slug: String) throws {
    let run = try BoardpackProcess.run(
      ["build", "--format", "pdf,summaries", "--period", period], in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    let first = try pdfs(slug)
    let base = folder.appendingPathComponent("Output/stockport-cyp/\(slug)")
    for path in first.keys.sorted() {
      let url = base.appendingPathComponent(path)
      let (status, output) = try Tool.run("/usr/bin/qpdf", ["--check", url.path])
      #expect(status == 0, "\(path): \(output)")
      let info = try Tool.run("/usr/bin/pdfinfo", [url.path]).output
      #expect(info.contains("Author:          Stockport Council"), "\(path)")
    }
    // The exceptions, in the order `boardpack exceptions` lists them, in the pack's text.
    let exceptions = try BoardpackProcess.run(["exceptions", "--period", period], in: folder)
    let text = try Tool.run(
      "/usr/bin/pdftotext", ["-raw", base.appendingPathComponent("pack.pdf").path, "-"]
    ).output
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    let listed = try BoardpackProcess.run(
      ["assess", "--format", "json", "--period", period], in: folder)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: Any])
    let indicators = try #require(json["indicators"] as? [[String: Any]])
    let titles = indicators.filter { $0["exception"] as? Bool == true }.compactMap {
      $0["title"] as? String
    }
    #expect(!titles.isEmpty)
    var cursor = try #require(text.range(of: "Exceptions for the board \(titles.count) indicator"))
      .upperBound
    let order = titles.sorted {
      (exceptions.stdout.range(of: $0)?.lowerBound ?? exceptions.stdout.endIndex)
        < (exceptions.stdout.range(of: $1)?.lowerBound ?? exceptions.stdout.endIndex)
    }
    for title in order {
      let found = text.range(of: title, range: cursor..<text.endIndex)
      #expect(found != nil, "\(title) not found in order")
      if let found { cursor = found.upperBound }
    }

    let again = try BoardpackProcess.run(
      ["build", "--format", "pdf,summaries", "--period", period], in: folder)
    #expect(again.status == 0)
    #expect(try pdfs(slug) == first)
  }
}
