import Foundation
import Testing

@testable import HTMLReport
import Templating
import TestSupport

/// Template sets: the built-in copy, overrides file by file, and errors with file and line.
@Suite struct TemplateTests {
  let folder: URL

  init() throws {
    folder = try TestFolder.make("templates")
  }

  func write(_ text: String, to name: String) throws {
    try Data(text.utf8).write(to: folder.appendingPathComponent(name))
  }

  @Test(arguments: TemplateSet.templateNames.map { $0 + ".mustache" } + TemplateSet.styleNames)
  func theBuiltInCopyEqualsTheFileInTemplates(name: String) throws {
    let file = ExampleDashboard.root.appendingPathComponent("Templates").appendingPathComponent(
      name)
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(
      TemplateSet.defaults.files[name]?.text == text,
      "run python3 scripts/embed-templates.py after editing Templates/")
  }

  @Test func aFolderReplacesOnlyTheFilesItHas() throws {
    try write(
      "<section id=\"summary\"><h2>Our headline</h2><p>{{headline.exceptions}} to see</p></section>\n",
      to: "headline.mustache")
    let set = try TemplateSet.loading(from: folder)
    #expect(
      set.files["headline.mustache"]?.origin
        == folder.appendingPathComponent("headline.mustache").relativePath)
    #expect(set.files["tiles.mustache"]?.origin == "tiles.mustache (built in)")
    let page = try ExampleDashboard.page(templates: set)
    #expect(page.contains("<h2>Our headline</h2><p>5 to see</p>"))
    // The other partials still come from the defaults.
    #expect(page.contains("id=\"themes-heading\">Themes at a glance</h2>"))
    #expect(!page.contains("id=\"summary-heading\""))
  }

  @Test func aStyleSheetCanBeReplaced() throws {
    try write("body { color: #222222; }\n", to: "screen.css")
    let page = try ExampleDashboard.page(templates: try TemplateSet.loading(from: folder))
    #expect(page.contains("body { color: #222222; }"))
    #expect(!page.contains(".tile-list {"))
    #expect(page.contains("@page { size: A4"))
  }

  @Test(arguments: [
    (
      "<ul>\n{{#themes}}\n<li>{{title}}</li>\n{{/theme}}\n</ul>\n", 4,
      "closed with a different name"
    ),
    ("<p>\n\n{{headline.sentence</p>\n", 3, "not finished"),
    ("<div>\n{{#themes}}\n<p>{{title}}</p>\n", 4, "never closed"),
    ("<p>one</p>\n  {{>tile}}\n", 2, "no partial \"tile\""),
  ])
  func aTemplateErrorNamesTheFileAndTheLine(template: String, line: Int, words: String) throws {
    try write(template, to: "tiles.mustache")
    let set = try TemplateSet.loading(from: folder)
    let error = try #require(throws: TemplateError.self) {
      try ExampleDashboard.page(templates: set)
    }
    #expect(error.origin.hasSuffix("tiles.mustache"))
    #expect(error.line == line)
    #expect(error.message.contains(words), "\(error.message)")
    #expect(error.description.hasPrefix(error.origin + ":\(line):"))
  }

  @Test func aStyleSheetThatEndsTheStyleElementIsRefused() throws {
    try write("p { color: red; }\n</style><script>alert(1)</script>\n", to: "print.css")
    let set = try TemplateSet.loading(from: folder)
    let error = try #require(throws: TemplateError.self) {
      try ExampleDashboard.page(templates: set)
    }
    #expect(error.origin.hasSuffix("print.css") && error.line == 2)
  }
}
