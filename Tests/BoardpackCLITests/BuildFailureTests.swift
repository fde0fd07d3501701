import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A build that fails or is killed midway leaves the last good pack byte for byte, and no
/// half-written pack beside it (design §6, issue 8).
@Suite struct BuildFailureTests {
  let folder: URL

  init() throws {
    folder = try ExamplePack.copy()
  }

  var packFolder: URL { folder.appendingPathComponent("Output/stockport-cyp/2013-14-q4") }

  /// What is in `Output/stockport-cyp`, hidden staging folders included.
  func siblings() throws -> [String] {
    try FileManager.default.contentsOfDirectory(
      atPath: packFolder.deletingLastPathComponent().path
    ).sorted()
  }

  func files() throws -> [String: Data] { try PackFiles.read(packFolder) }

  /// The dashboard's template fails to parse while the charts and the PDFs are being drawn.
  @Test func aBrokenTemplateMidwayKeepsTheLastGoodPack() throws {
    let first = try BoardpackProcess.run(["build"], in: folder)
    #expect(first.status == 0, "\(first.stderr)")
    let good = try files()
    try breakTheTemplate()

    let run = try BoardpackProcess.run(["build", "--templates", "Broken"], in: folder)
    #expect(run.status == 1)
    #expect(run.stderr.contains("page.mustache"), "\(run.stderr)")
    #expect(run.stderr.contains("the previous pack was left as it was"), "\(run.stderr)")
    #expect(try files() == good)
    #expect(try siblings() == [".2013-14-q4.lock", "2013-14-q4"])
  }

  /// The build process is killed (SIGKILL: no chance to clean up) while it writes.
  @Test func aKilledBuildLeavesTheLastGoodPackAndTheNextBuildSweepsUp() throws {
    _ = try BoardpackProcess.run(["build"], in: folder)
    let good = try files()
    let process = try BoardpackProcess.start(["build"], in: folder)
    // Wait for the staging folder to appear, then kill the build inside it.
    let deadline = Date().addingTimeInterval(20)
    while Date() < deadline, process.isRunning,
      !(try siblings().contains { $0.hasPrefix(".2013-14-q4.building-") })
    {
      usleep(2_000)
    }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(try files() == good, "the pack in place changed under a killed build")

    let next = try BoardpackProcess.run(["build"], in: folder)
    #expect(next.status == 0, "\(next.stderr)")
    #expect(try siblings() == [".2013-14-q4.lock", "2013-14-q4"])
    #expect(try files() == good)
  }

  /// A broken dashboard template: the build fails midway, after drawing charts and PDFs.
  func breakTheTemplate() throws {
    let templates = folder.appendingPathComponent("Broken")
    try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
    try Data("<!doctype html>\n{{#themes}}\n<p>{{title}}</p>\n".utf8)
      .write(to: templates.appendingPathComponent("page.mustache"))
  }

  /// What a build killed between the two renames of the fallback commit (where the file system
  /// cannot exchange) leaves: no pack in place, the last good one under `.<slug>.previous`, and
  /// the killed build's staging folder. `marker` is added to the last good pack, to tell it
  /// from a rebuilt one.
  func leaveTheStateOfABuildKilledBetweenTheRenames(marker: String) throws -> [String: Data] {
    let first = try BoardpackProcess.run(["build"], in: folder)
    #expect(first.status == 0, "\(first.stderr)")
    try Data(marker.utf8).write(to: packFolder.appendingPathComponent("marker.txt"))
    let good = try files()
    let parent = packFolder.deletingLastPathComponent()
    try FileManager.default.moveItem(
      at: packFolder, to: parent.appendingPathComponent(".2013-14-q4.previous"))
    let staging = parent.appendingPathComponent(".2013-14-q4.building-\(try deadPID())")
    try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
    try Data("half".utf8).write(to: staging.appendingPathComponent("index.html"))
    return good
  }

  /// The next build puts the last good pack back before anything else; when it then succeeds,
  /// its new pack replaces it and nothing is left aside.
  @Test func aPackLeftAsideByAKilledBuildIsPutBackThenReplaced() throws {
    _ = try leaveTheStateOfABuildKilledBetweenTheRenames(marker: "last good")
    let run = try BoardpackProcess.run(["build"], in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(try siblings() == [".2013-14-q4.lock", "2013-14-q4"])
    let rebuilt = try files()
    #expect(rebuilt["marker.txt"] == nil)
    #expect(rebuilt["manifest.json"] != nil && rebuilt.count == 110)
  }

  /// When the next build fails midway, the pack it put back is what remains, byte for byte.
  @Test func aPackLeftAsideByAKilledBuildRemainsWhenTheNextBuildFails() throws {
    let good = try leaveTheStateOfABuildKilledBetweenTheRenames(marker: "last good")
    try breakTheTemplate()
    let run = try BoardpackProcess.run(["build", "--templates", "Broken"], in: folder)
    #expect(run.status == 1)
    #expect(run.stderr.contains("the previous pack was left as it was"), "\(run.stderr)")
    #expect(try files() == good)
    #expect(try siblings() == [".2013-14-q4.lock", "2013-14-q4"])
  }

  /// A partner id that climbs out of `summaries/` (issue #15): whether the loader refuses it or
  /// the output side does, nothing is written outside the pack folder and the last good pack
  /// stays.
  @Test func aPartnerIDLeadingOutOfThePackFolderWritesNothingThere() throws {
    let first = try BoardpackProcess.run(["build"], in: folder)
    #expect(first.status == 0, "\(first.stderr)")
    let good = try files()
    let partners = folder.appendingPathComponent("Indicators/partners.yaml")
    let text = try String(contentsOf: partners, encoding: .utf8)
    try Data(
      text.replacingOccurrences(of: "- id: health", with: #"- id: "../../../../victim""#).utf8
    )
    .write(to: partners)
    let run = try BoardpackProcess.run(["build"], in: folder)
    #expect(run.status == 1)
    #expect(run.stderr.contains("victim"), "\(run.stderr)")
    // summaries/../../../../ from the staging folder is the folder the build ran in.
    for place in [folder, folder.deletingLastPathComponent()] {
      #expect(
        !FileManager.default.fileExists(atPath: place.appendingPathComponent("victim.pdf").path))
    }
    #expect(try files() == good)
    #expect(try siblings() == [".2013-14-q4.lock", "2013-14-q4"])
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
