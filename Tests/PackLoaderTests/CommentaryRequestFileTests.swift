import Foundation
import IndicatorModel
import TestSupport
import Testing

@testable import PackLoader

/// The commentary request as a file (`boardpack commentary`): whatever the names and words, it
/// loads with the commentary reader as the entries it was made from; it is created only where
/// the period has no file yet, only inside the pack folder, and never half.
@Suite struct CommentaryRequestFileTests {
  static let period = Period("2014/15 Q1", periodicity: .financialQuarter)!

  /// Names and words that YAML reads as something else unless they are quoted.
  static let hostile = [
    "Children's Centre: registration", "null", "~", "yes", "No", "123", "1e3", "2014-06-30",
    "- a list?", "# not a comment", "&anchor", "*alias", "!tag", "{ a: b }", "[a, b]", "%TAG",
    "@handle", "`tick`", "\"quoted\"", "'single'", "back\\slash", "tab\there", " leading space",
    "trailing space ", "key: value", "a #hash", "?", ":", "|", ">", "—", "Ünïcode — “curly”",
  ]

  static func request(_ owner: String, action: String, note: String) -> CommentaryRequest {
    let commentary = Commentary(
      indicator: "cc-registration", author: owner, text: "",
      actions: [
        Action(
          owner: owner, action: action, due: CalendarDate(year: 2014, month: 6, day: 30),
          id: "plan-1", status: .open),
        Action(owner: owner, action: action + " again", status: .open),
      ])
    return CommentaryRequest(
      period: period, preface: ["A preface: with \"quotes\"", "", "  indented: |"],
      parts: [
        CommentaryRequest.Part(
          owner: owner, heading: "Owner: \(owner)",
          entries: [CommentaryRequest.Entry(notes: [note, "- " + note], commentary: commentary)])
      ])
  }

  @Test(arguments: hostile)
  func theFileLoadsAsTheEntriesItWasMadeFrom(text: String) throws {
    // One-line fields (owners) cannot hold a tab or a line break; an action can.
    let owner = text.replacingOccurrences(of: "\t", with: " ")
    let action = "\(text) over\nlines"
    let request = Self.request(owner, action: action, note: "\(text)\nnot a key: \(text)")
    let yaml = try request.yaml()
    let pack = try TestPack(replacing: ["commentary/2014-15-q1.yaml": yaml])
    let (loaded, lines) = pack.load()
    #expect(lines.isEmpty, "\(yaml)")
    let entry = try #require(loaded?.commentary[Self.period]?["cc-registration"])
    let expected = try #require(request.parts.first?.entries.first?.commentary)
    #expect(entry.author == expected.author)
    #expect(entry.text == "")
    #expect(entry.actions == expected.actions)
  }

  @Test func notesAreWrappedCommentsAndListItemsHang() {
    let note = "- " + String(repeating: "word ", count: 20) + String(repeating: "x", count: 90)
    #expect(
      CommentaryRequest.wrapped(note, width: 40) == [
        "- word word word word word word word",
        "  word word word word word word word",
        "  word word word word word word",
        "  " + String(repeating: "x", count: 90),
      ])
    #expect(CommentaryRequest.wrapped("  text: |", width: 40) == ["  text: |"])
    #expect(CommentaryRequest.wrapped("", width: 40) == [""])
  }

  @Test func itIsWrittenIntoACommentaryFolderItCreates() throws {
    let pack = try TestPack(removing: ["commentary"])
    let path = try CommentaryFileWriter.create(
      Self.request("Viki Packman", action: "Link the records", note: "A note"),
      inPack: pack.directory)
    #expect(path == "\(pack.directory)/commentary/2014-15-q1.yaml")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: "\(pack.directory)/commentary")
        == ["2014-15-q1.yaml"])
    #expect(pack.load().lines.isEmpty)
  }

  @Test(arguments: ["2014-15-q1.yml", "2014-15-q1.YAML"])
  func aFileThePeriodHasUnderAnyNameIsNeverWrittenOver(name: String) throws {
    let pack = try TestPack(replacing: ["commentary/\(name)": "{}\n"])
    #expect {
      try CommentaryFileWriter.create(
        Self.request("Viki Packman", action: "Link the records", note: "A note"),
        inPack: pack.directory)
    } throws: { error in
      "\(error)"
        == "\(pack.directory)/commentary/\(name):1:1: error: the commentary file for 2014/15 Q1 already exists; boardpack commentary never writes over one (move it aside to write a new request, or use --owner NAME to print one owner's part)"
    }
    #expect(
      try String(contentsOfFile: "\(pack.directory)/commentary/\(name)", encoding: .utf8)
        == "{}\n")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: "\(pack.directory)/commentary").sorted()
        == ["2013-14-q4.yaml", name])
  }

  @Test func aCommentaryFolderThatLeadsOutsideThePackIsRefused() throws {
    let pack = try TestPack(removing: ["commentary"])
    let outside = TestFolder.path("outside")
    try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: "\(pack.directory)/commentary", withDestinationPath: outside.path)
    let real = try #require(realPath(outside.path))
    #expect {
      try CommentaryFileWriter.create(
        Self.request("Viki Packman", action: "Link the records", note: "A note"),
        inPack: pack.directory)
    } throws: { error in
      "\(error)"
        == "\(pack.directory)/commentary:1:1: error: the commentary folder leads outside the pack folder (to \(real)); a pack's files are written only inside its folder"
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
  }

  @Test func aWriteThatFailsLeavesNoFile() throws {
    let pack = try TestPack()
    let folder = "\(pack.directory)/commentary"
    // A folder where the temporary file goes makes the write fail, even for root.
    let temporary = "\(folder)/.2014-15-q1.yaml.\(ProcessInfo.processInfo.processIdentifier).tmp"
    try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: false)
    #expect {
      try CommentaryFileWriter.create(
        Self.request("Viki Packman", action: "Link the records", note: "A note"),
        inPack: pack.directory)
    } throws: { error in
      "\(error)"
        == "\(folder)/2014-15-q1.yaml:1:1: error: cannot write the commentary file: is a directory; nothing was written"
    }
    #expect(!FileManager.default.fileExists(atPath: "\(folder)/2014-15-q1.yaml"))
  }

  func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
