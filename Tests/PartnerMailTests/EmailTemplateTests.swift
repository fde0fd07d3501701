import Foundation
import Templating
import Testing

@testable import PartnerMail
import TestSupport

/// The email templates: the built-in copy, overrides file by file, and errors with file and
/// line.
@Suite struct EmailTemplateTests {
  @Test(arguments: EmailTemplates.names)
  func theBuiltInCopyEqualsTheFileInTemplates(name: String) throws {
    let file = ExampleMessages.root.appendingPathComponent("Templates/email")
      .appendingPathComponent(name)
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(
      try EmailTemplates.defaults().files[name]?.text == text,
      "run python3 scripts/embed-templates.py after editing Templates/email/")
  }

  func folder(with files: [String: String]) throws -> URL {
    let folder = TestFolder.path("email-templates")
    let email = folder.appendingPathComponent("email")
    try FileManager.default.createDirectory(at: email, withIntermediateDirectories: true)
    for (name, text) in files {
      try Data(text.utf8).write(to: email.appendingPathComponent(name))
    }
    return folder
  }

  @Test func aFolderReplacesOnlyTheFilesItHas() throws {
    let folder = try folder(with: ["subject.mustache": "{{partner.name}}: {{period.label}}\n"])
    defer { try? FileManager.default.removeItem(at: folder) }
    let templates = try EmailTemplates.loading(from: folder)
    #expect(templates.files["text.mustache"]?.origin == "email/text.mustache (built in)")
    let context = try ExampleMessages.context("health", period: "2013/14 Q4")
    #expect(templates.subject(context) == "Stockport Clinical Commissioning Group: 2013/14 Q4")
  }

  @Test func theSubjectAndTextAreNotEscapedForHTMLButTheHTMLBodyIs() throws {
    let folder = try folder(with: [
      "subject.mustache": "{{boardName}} & <{{area}}>\n",
      "text.mustache": "{{boardName}} & <{{area}}>\n",
      "html.mustache": "<p>{{boardName}} & {{area}}</p>\n",
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let templates = try EmailTemplates.loading(from: folder)
    let context = try ExampleMessages.context("health", period: "2013/14 Q4")
    #expect(templates.subject(context) == "Stockport Children's Trust Board & <Stockport>")
    #expect(templates.textBody(context) == "Stockport Children's Trust Board & <Stockport>\n")
    #expect(
      templates.htmlBody(context) == "<p>Stockport Children&#39;s Trust Board & Stockport</p>\n")
  }

  @Test(arguments: [
    // An unclosed section is found at the end of the file.
    ("text.mustache", "Dear {{partner.name}},\n{{#exceptions}}\n{{title}}\n", 4),
    ("subject.mustache", "{{#partner}}{{name}}{{/partnr}}", 1),
    ("html.mustache", "<p>\n{{>headline}}\n</p>\n", 2),
  ])
  func aBrokenTemplateNamesItsFileAndLine(name: String, text: String, line: Int) throws {
    let folder = try folder(with: [name: text])
    defer { try? FileManager.default.removeItem(at: folder) }
    do {
      _ = try EmailTemplates.loading(from: folder)
      Issue.record("expected a template error")
    } catch let error as TemplateError {
      #expect(error.origin.hasSuffix("email/\(name)"))
      #expect(error.line == line, "\(error)")
    }
  }
}
