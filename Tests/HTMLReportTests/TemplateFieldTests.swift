import Foundation
import HTMLReport
import Testing
import TestSupport

/// A copied template that lacks a field boardpack added since gets a warning naming the file,
/// the field and the version (issue 16); the built-in set uses every field it lists.
@Suite struct TemplateFieldTests {
  @Test func theBuiltInTemplatesUseEveryAddedField() throws {
    let folder = try TestFolder.make("templates-current")
    for (name, text) in TemplateSet.defaults.files.mapValues(\.text) {
      try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }
    let set = try TemplateSet.loading(from: folder)
    #expect(set.files.values.allSatisfy { !$0.isBuiltIn })
    #expect(set.missingFieldWarnings().isEmpty)
  }

  @Test func aTemplateCopiedBeforeTheEvidenceGetsAWarningPerField() throws {
    let folder = try TestFolder.make("templates-old")
    let current = try #require(TemplateSet.defaults.files["exceptions.mustache"]?.text)
    // The exception card as 0.1.0 wrote it: reasons, then commentary, no readings or chart.
    let start = try #require(current.range(of: "    <dl class=\"evidence\">"))
    let end = try #require(current.range(of: "{{/chart}}\n"))
    let old = current.replacingCharacters(in: start.lowerBound..<end.upperBound, with: "")
    try Data(old.utf8).write(to: folder.appendingPathComponent("exceptions.mustache"))

    let warnings = try TemplateSet.loading(from: folder).missingFieldWarnings()
    #expect(warnings.count == 2)
    #expect(warnings.allSatisfy { $0.severity == .warning })
    #expect(warnings.allSatisfy { $0.location.file.hasSuffix("exceptions.mustache") })
    let messages = warnings.map(\.message)
    #expect(messages.contains { $0.hasPrefix("does not use `exceptions[].evidence`") })
    #expect(messages.contains { $0.contains("`exceptions[].chart`") })
    #expect(messages.allSatisfy { $0.contains("added in boardpack 0.2.0") })
  }
}
