import Foundation
import IndicatorModel
import PackLoader
import TestSupport
import Testing

/// A pack is read only from inside its folder (issue #15): links and `..` that lead outside are
/// located errors, links that stay inside are fine, and the loader lists every file it read.
@Suite struct PackFolderTests {
  /// A file outside the pack, as an attacker's target would be.
  static func outsideFile(_ contents: String = "<svg>secret</svg>") throws -> String {
    let path = TestFolder.path("outside").appendingPathComponent("secret.svg").path
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(contents.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  func link(_ pack: TestPack, _ relative: String, to target: String) throws {
    try FileManager.default.createSymbolicLink(
      atPath: "\(pack.directory)/\(relative)", withDestinationPath: target)
  }

  @Test func aLogoThatIsALinkToAFileOutsideIsRefused() throws {
    let pack = try TestPack(
      editing: TestPack.edit(
        "pack.yaml", "font: Liberation Sans }", "font: Liberation Sans, logo: logo.svg }"))
    try link(pack, "logo.svg", to: try Self.outsideFile())
    #expect(
      pack.load().lines == [
        "pack.yaml:16:61: error: logo file \"logo.svg\" is outside the pack folder; copy it into the pack folder and name it from there (like logo.png)"
      ])
  }

  @Test func aDataFileThatIsALinkOutsideIsRefused() throws {
    let pack = try TestPack()
    let outside = try Self.outsideFile("indicator,period,area,value\n")
    try link(pack, "data/extra.csv", to: outside)
    let real = try #require(realPath(outside))
    #expect(
      pack.load().lines == [
        "data/extra.csv:1:1: error: data/extra.csv leads outside the pack folder (to \(real)); a pack is read only from inside its folder, so copy the file into it"
      ])
  }

  @Test func aDataFolderThatIsALinkOutsideIsRefused() throws {
    let pack = try TestPack()
    let elsewhere = TestFolder.path("elsewhere").path
    try FileManager.default.moveItem(atPath: "\(pack.directory)/data", toPath: elsewhere)
    try link(pack, "data", to: elsewhere)
    let lines = pack.load().lines
    #expect(
      lines.first
        == "data:1:1: error: data leads outside the pack folder (to \(realPath(elsewhere)!)); a pack is read only from inside its folder, so copy the file into it"
    )
  }

  @Test func linksThatStayInsideAndAPackBehindALinkAreFine() throws {
    let pack = try TestPack()
    try FileManager.default.createDirectory(
      atPath: "\(pack.directory)/archive", withIntermediateDirectories: true)
    try FileManager.default.moveItem(
      atPath: "\(pack.directory)/data/quarterly.csv",
      toPath: "\(pack.directory)/archive/quarterly.csv")
    try link(pack, "data/quarterly.csv", to: "../archive/quarterly.csv")
    let behind = TestFolder.path("link-to-pack").path
    try FileManager.default.createSymbolicLink(atPath: behind, withDestinationPath: pack.directory)
    let result = PackLoader.load(from: behind)
    #expect(result.diagnostics.isEmpty)
    #expect(result.pack?.observations.isEmpty == false)
    #expect(result.inputs.map(\.path).contains("data/quarterly.csv"))
  }

  @Test func aPipeNamedLikeADataFileIsAnErrorNotAHang() throws {
    let pack = try TestPack()
    #expect(mkfifo("\(pack.directory)/data/stream.csv", 0o644) == 0)
    #expect(
      pack.load().lines == [
        "data/stream.csv:1:1: error: data/stream.csv is not a regular file (a device, pipe or socket); replace it with a file"
      ])
  }

  @Test func inputsAreEveryFileReadWithItsDigest() throws {
    let pack = try TestPack(replacing: ["notes.txt": "not part of the pack"])
    let result = PackLoader.load(from: pack.directory)
    let expected = StarterPack.files.map(\.path).sorted()
    #expect(result.inputs.map(\.path) == expected)
    for input in result.inputs {
      let (status, output) = try Tool.run(
        "/usr/bin/sha256sum", ["\(pack.directory)/\(input.path)"])
      #expect(status == 0)
      #expect(output.hasPrefix(input.sha256 + " "), "\(input.path)")
      let size =
        try FileManager.default.attributesOfItem(
          atPath: "\(pack.directory)/\(input.path)")[.size] as? Int
      #expect(input.bytes == size)
    }
  }

  @Test func aFileOfThousandsOfErrorsListsTheFirstHundredAndCountsTheRest() throws {
    let rows = (0..<2_500).map { "early-help-assessments,2014/15 Q1,Atlantis \($0 % 7),1,,,,,," }
    let pack = try TestPack(editing: ["data/quarterly.csv": { $0 + rows.joined(separator: "\n") }])
    let result = PackLoader.load(from: pack.directory)
    #expect(result.diagnostics.count == 101)
    #expect(result.errorCount == 2_500)
    let last = try #require(result.diagnostics.last)
    #expect(last.location.line == 140)
    #expect(
      last.message
        == "2,400 more errors in this file from here on are not listed (the first 100 are); fix those and run boardpack check again"
    )
  }

  func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
