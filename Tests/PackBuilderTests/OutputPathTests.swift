import Testing

@testable import PackBuilder

/// Every output path is checked before anything is written (issue #15): an id from the pack
/// such as `../../../../victim` never puts a file outside the pack's folder.
@Suite struct OutputPathTests {
  @Test(
    "paths inside the folder pass",
    arguments: [
      "index.html", "charts/cc-registration-trend.svg", "summaries/health.pdf",
      "charts/a..b.png", "...", ".hidden-file", "summaries/é.pdf",
      String(repeating: "x", count: 255), "a/" + String(repeating: "é", count: 127),
    ])
  func accepted(path: String) {
    #expect(OutputPath.problem(in: path) == nil)
  }

  @Test(
    "paths that would leave the folder, or cannot be names, are refused",
    arguments: [
      ("", OutputPathError.Problem.empty),
      ("/etc/passwd", .absolute),
      ("summaries/../../../../victim.pdf", .dotName("..")),
      ("..", .dotName("..")),
      ("charts/..", .dotName("..")),
      ("./index.html", .dotName(".")),
      ("charts//a.svg", .emptyName),
      ("charts/", .emptyName),
      ("a\u{0}b.pdf", .controlCharacter),
      ("summaries/a\nb.pdf", .controlCharacter),
      ("a\u{1B}[2Jb.pdf", .controlCharacter),
      ("a\u{7F}.pdf", .controlCharacter),
      ("a\u{85}.pdf", .controlCharacter),
      (String(repeating: "x", count: 256), .nameTooLong(bytes: 256)),
      ("a/" + String(repeating: "é", count: 128), .nameTooLong(bytes: 256)),
    ])
  func refused(path: String, problem: OutputPathError.Problem) {
    #expect(OutputPath.problem(in: path) == problem)
    #expect(throws: OutputPathError(path: path, role: .file, problem)) {
      try OutputPath.check(path)
    }
  }

  @Test(
    "a pack id or period folder that is one visible name passes",
    arguments: [
      "stockport-cyp", "2013-14-q4",
    ])
  func validName(name: String) {
    #expect(throws: Never.self) { try OutputPath.checkName(name, role: .packID) }
  }

  @Test(
    "a pack id or period folder must be one visible name",
    arguments: [
      ("../victim", OutputPathError.Problem.dotName("..")),
      ("a/b", .slash),
      (".previous", .hidden),
      (".", .dotName(".")),
      ("", .empty),
    ])
  func refusedName(name: String, problem: OutputPathError.Problem) {
    #expect(throws: OutputPathError(path: name, role: .periodFolder, problem)) {
      try OutputPath.checkName(name, role: .periodFolder)
    }
  }

  @Test func messagesQuoteThePathWithControlCharactersEscaped() {
    let error = OutputPathError(path: "summaries/\u{1B}[2J.pdf", role: .file, .controlCharacter)
    #expect(!error.description.contains("\u{1B}"))
    #expect(error.description.contains(#""summaries/\u{1B}[2J.pdf""#))
    #expect(
      OutputPathError(path: "../x", role: .packID, .dotName("..")).description
        == "pack.yaml: error: the pack id \"../x\" cannot name the output folder: it has a "
        + "\"..\" part, which would lead out of the pack folder; use letters, digits and hyphens")
  }
}
