import Foundation
import TestSupport
import Testing

/// Faults root cannot simply be denied (tests run as root): a file or folder marked immutable
/// (`chattr +i`) can be neither removed nor renamed, even by root. Skipped where the file system
/// or the sandbox does not allow the attribute.
@Suite(.enabled(if: Immutable.isAvailable)) struct BuildFaultTests {
  let folder: URL

  init() throws {
    folder = try ExamplePack.copy()
  }

  var packFolder: URL { folder.appendingPathComponent("Output/stockport-cyp/2013-14-q4") }

  func siblings() throws -> [String] {
    try FileManager.default.contentsOfDirectory(
      atPath: packFolder.deletingLastPathComponent().path
    ).sorted()
  }

  /// The new pack is in place, so the build succeeded: exit 0, and a warning naming the folder
  /// left to delete.
  @Test func aPreviousPackThatCannotBeRemovedIsAWarningAndExitZero() throws {
    let first = try BoardpackProcess.run(["build"], in: folder)
    #expect(first.status == 0, "\(first.stderr)")
    let stuck = packFolder.appendingPathComponent("pack.pdf")
    try Immutable.set(stuck.path)
    let parent = packFolder.deletingLastPathComponent()
    defer {
      // Wherever the previous pack went, let the test folder be removed.
      for name in (try? siblings()) ?? [] {
        Immutable.clear(parent.appendingPathComponent(name + "/pack.pdf").path)
      }
    }

    let run = try BoardpackProcess.run(["build"], in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    let leftover = try #require(try siblings().first { $0.hasPrefix(".2013-14-q4.building-") })
    #expect(
      run.stderr
        == "Output/stockport-cyp/2013-14-q4: warning: the new pack is in place, but the previous "
        + "one could not be removed (operation not permitted): delete the folder "
        + "\"Output/stockport-cyp/\(leftover)\"\n")
    #expect(
      FileManager.default.fileExists(
        atPath: packFolder.appendingPathComponent("manifest.json").path)
    )
    #expect(try PackFiles.read(packFolder).count == 110)
  }

  /// The pack in place cannot be moved: the build fails, and that pack stays as it was.
  @Test func aPackThatCannotBeMovedStaysAndTheBuildFails() throws {
    let first = try BoardpackProcess.run(["build"], in: folder)
    #expect(first.status == 0, "\(first.stderr)")
    let good = try PackFiles.read(packFolder)
    try Immutable.set(packFolder.path)
    defer { Immutable.clear(packFolder.path) }

    let run = try BoardpackProcess.run(["build"], in: folder)
    #expect(run.status == 1)
    #expect(
      run.stderr.hasPrefix(
        "Output/stockport-cyp/2013-14-q4: error: cannot move the new pack into place: "),
      "\(run.stderr)")
    #expect(run.stderr.hasSuffix("the previous pack was left as it was\n"), "\(run.stderr)")
    #expect(!run.stderr.contains("Error Domain"))
    #expect(try PackFiles.read(packFolder) == good)
    #expect(try siblings() == [".2013-14-q4.lock", "2013-14-q4"])
  }
}

/// The immutable attribute, through `chattr`.
enum Immutable {
  /// Whether `chattr +i` works here (root, and a file system that keeps the attribute).
  static let isAvailable: Bool = {
    guard let folder = try? TestFolder.make("immutable") else { return false }
    let file = folder.appendingPathComponent("probe").path
    guard FileManager.default.createFile(atPath: file, contents: Data()) else { return false }
    guard (try? set(file)) != nil else { return false }
    let stuck = (try? FileManager.default.removeItem(atPath: file)) == nil
    clear(file)
    return stuck
  }()

  static func set(_ path: String) throws {
    let (status, output) = try Tool.run("/usr/bin/chattr", ["+i", path])
    if status != 0 { throw CocoaError(.fileWriteNoPermission, userInfo: ["output": output]) }
  }

  static func clear(_ path: String) {
    _ = try? Tool.run("/usr/bin/chattr", ["-i", path])
  }
}
