import Foundation
import TestSupport
import Testing

@testable import PackBuilder

#if canImport(Glibc)
  import Glibc
#endif

/// The period folder's life (issue #15): files only inside the staging folder, the new pack
/// swapped in, the last good pack never lost — with the file-system calls made to fail on
/// purpose where a real file system will not.
@Suite struct OutputFolderTests {
  let root: URL
  let output: String

  init() throws {
    root = try TestFolder.make("output-folder")
    output = root.appendingPathComponent("Output").path
  }

  var parent: String { output + "/pack" }
  var destination: String { parent + "/2013-14-q4" }
  var aside: String { parent + "/.2013-14-q4.previous" }

  func open(_ calls: FolderCalls = .system) throws -> OutputFolder {
    try OutputFolder(output: output, packID: "pack", slug: "2013-14-q4", calls: calls)
  }

  /// A pack in `folder` whose index.html says `text`.
  func makePack(at folder: String, _ text: String) throws {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/index.html"))
  }

  func index(_ folder: String) -> String? {
    FileManager.default.contents(atPath: folder + "/index.html").map {
      String(decoding: $0, as: UTF8.self)
    }
  }

  func siblings() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: parent).sorted()
  }

  @Test func aPathLeadingOutOfThePackFolderWritesNothing() throws {
    let folder = try open()
    defer { folder.release() }
    for path in ["summaries/../../../../victim.pdf", root.path + "/victim.pdf", "a\u{0}.pdf"] {
      #expect(throws: OutputPathError.self) { try folder.write(Data("x".utf8), to: path) }
    }
    #expect(!FileManager.default.fileExists(atPath: root.path + "/victim.pdf"))
    #expect(!FileManager.default.fileExists(atPath: folder.stagingPath + "/summaries"))
    try folder.write(Data("x".utf8), to: "summaries/health.pdf")
    #expect(FileManager.default.fileExists(atPath: folder.stagingPath + "/summaries/health.pdf"))
  }

  @Test func theNewPackIsExchangedWithThePreviousOneAndThePreviousOneRemoved() throws {
    try makePack(at: destination, "old")
    let log = CallLog()
    let folder = try open(log.recording(.system))
    defer { folder.release() }
    try folder.write(Data("new".utf8), to: "index.html")
    #expect(try folder.commit() == [])
    #expect(index(destination) == "new")
    #expect(try siblings() == [".2013-14-q4.lock", "2013-14-q4"])
    #expect(log.calls == ["exchange staging destination", "removeTree staging"])
  }

  @Test(
    "where the exchange is not supported, two renames through .<slug>.previous",
    arguments: [EINVAL, ENOSYS, EOPNOTSUPP])
  func fallback(code: Int32) throws {
    try makePack(at: destination, "old")
    let log = CallLog()
    var calls = FolderCalls.system
    calls.exchange = { _, _ in code }
    let folder = try open(log.recording(calls))
    defer { folder.release() }
    try folder.write(Data("new".utf8), to: "index.html")
    #expect(try folder.commit() == [])
    #expect(index(destination) == "new")
    #expect(try siblings() == [".2013-14-q4.lock", "2013-14-q4"])
    #expect(
      log.calls == [
        "exchange staging destination", "rename destination aside",
        "rename staging destination", "removeTree aside",
      ])
  }

  /// The state a build killed between the fallback's two renames leaves: no pack, the last
  /// good one under the aside name. The next build puts it back before anything else, so a
  /// failure after that still leaves it in place.
  @Test func aPackLeftAsideByAStoppedBuildIsPutBackFirst() throws {
    try makePack(at: aside, "last good")
    let folder = try open()
    #expect(index(destination) == "last good")
    #expect(!FileManager.default.fileExists(atPath: aside))
    folder.discard()
    folder.release()
    #expect(index(destination) == "last good")
    #expect(try siblings() == [".2013-14-q4.lock", "2013-14-q4"])
  }

  @Test func anAsideOfAnEarlierVersionIsPutBackWhenItIsAllThereIs() throws {
    try makePack(at: parent + "/.2013-14-q4.building-\(try deadPID()).previous", "last good")
    let folder = try open()
    defer { folder.release() }
    #expect(index(destination) == "last good")
  }

  @Test func theSweepRemovesKilledBuildsStagingFoldersButNeverAnAside() throws {
    let dead = try deadPID()
    try makePack(at: destination, "in place")
    try makePack(at: aside, "older")
    for name in [
      ".2013-14-q4.building-\(dead)", ".2013-14-q4.building-\(dead).previous",
      ".2013-14-q4.building-\(dead)x",
    ] {
      try makePack(at: parent + "/" + name, name)
    }
    let folder = try open()
    folder.discard()
    folder.release()
    #expect(
      try siblings() == [
        ".2013-14-q4.building-\(dead).previous", ".2013-14-q4.building-\(dead)x",
        ".2013-14-q4.lock", ".2013-14-q4.previous", "2013-14-q4",
      ])
  }

  /// A stopped fallback build that had put its new pack in place leaves the older pack aside;
  /// it is removed only once a newer pack is in place again.
  @Test func anAsideBesideAPackIsRemovedOnceTheNewPackIsIn() throws {
    try makePack(at: destination, "in place")
    try makePack(at: aside, "older")
    let folder = try open()
    defer { folder.release() }
    try folder.write(Data("new".utf8), to: "index.html")
    #expect(try folder.commit() == [])
    #expect(index(destination) == "new")
    #expect(try siblings() == [".2013-14-q4.lock", "2013-14-q4"])
  }

  @Test func aPreviousPackThatCannotBeRemovedIsAWarningAndTheNewPackStays() throws {
    try makePack(at: destination, "old")
    var calls = FolderCalls.system
    calls.removeTree = { _ in EACCES }
    let folder = try open(calls)
    defer { folder.release() }
    try folder.write(Data("new".utf8), to: "index.html")
    let warnings = try folder.commit()
    #expect(index(destination) == "new")
    #expect(
      warnings == [
        "\(destination): warning: the new pack is in place, but the previous one could not be "
          + "removed (permission denied): delete the folder "
          + "\"\(folder.stagingPath)\""
      ])
    #expect(index(folder.stagingPath) == "old")
  }

  @Test func aFailedExchangeLeavesThePreviousPack() throws {
    try makePack(at: destination, "old")
    var calls = FolderCalls.system
    calls.exchange = { _, _ in EACCES }
    let folder = try open(calls)
    defer { folder.release() }
    try folder.write(Data("new".utf8), to: "index.html")
    #expect(throws: BuildError.self) { try folder.commit() }
    folder.discard()
    #expect(index(destination) == "old")
    #expect(try siblings() == [".2013-14-q4.lock", "2013-14-q4"])
  }

  @Test func aFailedRenameOfTheNewPackPutsThePreviousPackBack() throws {
    try makePack(at: destination, "old")
    var calls = FolderCalls.system
    calls.exchange = { _, _ in ENOSYS }
    let rename = calls.rename
    calls.rename = { from, to in from.contains(".building-") ? EACCES : rename(from, to) }
    let folder = try open(calls)
    defer { folder.release() }
    try folder.write(Data("new".utf8), to: "index.html")
    let error = #expect(throws: BuildError.self) { try folder.commit() }
    #expect(error?.description.hasSuffix("the previous pack was left as it was") == true)
    #expect(index(destination) == "old")
    #expect(!FileManager.default.fileExists(atPath: aside))
  }

  @Test func aSecondBuildOfTheSameFolderStopsAtOnceNamingTheFirst() throws {
    let first = try open()
    let error = #expect(throws: BuildError.self) { try open() }
    #expect(
      error?.description
        == "\(destination): error: another build is writing this pack now (boardpack process "
        + "\(getpid()), started \(try startedField())); wait for it to finish, or stop it, then "
        + "build again")
    first.release()
    let again = try open()
    again.release()
  }

  @Test func aPackIDThatIsNotOneNameIsRefusedBeforeAnythingIsCreated() throws {
    let error = #expect(throws: BuildError.self) {
      try OutputFolder(output: output, packID: "../../victim", slug: "2013-14-q4")
    }
    #expect(error?.description.hasPrefix("pack.yaml: error: the pack id \"../../victim\"") == true)
    #expect(!FileManager.default.fileExists(atPath: output))
  }

  /// The lock file's `started` line.
  func startedField() throws -> String {
    let text = try String(contentsOfFile: parent + "/.2013-14-q4.lock", encoding: .utf8)
    return String(text.split(separator: "\n")[1].dropFirst("started ".count))
  }

  /// The id of a process that has ended.
  func deadPID() throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/true")
    try process.run()
    process.waitUntilExit()
    return process.processIdentifier
  }
}
