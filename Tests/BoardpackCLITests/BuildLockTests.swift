import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Two builds into the same period folder (issue #15): the second stops at once, naming the
/// first, and the lock dies with its process.
@Suite(.timeLimit(.minutes(2))) struct BuildLockTests {
  let folder: URL

  init() throws {
    folder = try ExamplePack.copy()
  }

  var lockFile: URL { folder.appendingPathComponent("Output/stockport-cyp/.2013-14-q4.lock") }

  /// The first build is paused (SIGSTOP) once it holds the lock, so the second surely runs
  /// while it does; a second build that waited for the lock would wait forever.
  @Test func aSecondBuildStopsAtOnceNamingTheRunningOne() throws {
    let first = try BoardpackProcess.start(["build"], in: folder)
    let pid = first.processIdentifier
    let deadline = Date().addingTimeInterval(60)
    while Date() < deadline, first.isRunning,
      !((try? String(contentsOf: lockFile, encoding: .utf8))?.hasPrefix("pid \(pid)\n") ?? false)
    {
      usleep(2_000)
    }
    kill(pid, SIGSTOP)
    defer { kill(pid, SIGCONT) }
    #expect(first.isRunning, "the first build ended before the second started")

    let second = try BoardpackProcess.run(["build"], in: folder)
    #expect(second.status == 1)
    #expect(second.stdout.isEmpty)
    #expect(
      second.stderr.hasPrefix(
        "Output/stockport-cyp/2013-14-q4: error: another build is writing this pack now "
          + "(boardpack process \(pid), started "),
      "\(second.stderr)")
    #expect(second.stderr.hasSuffix("wait for it to finish, or stop it, then build again\n"))

    kill(pid, SIGCONT)
    first.waitUntilExit()
    #expect(first.terminationStatus == 0)
    let third = try BoardpackProcess.run(["build", "--format", "json"], in: folder)
    #expect(third.status == 0, "\(third.stderr)")
  }

  /// A build killed while it holds the lock leaves no stale lock: the next build goes ahead.
  @Test func aKilledBuildsLockDiesWithIt() throws {
    let first = try BoardpackProcess.start(["build"], in: folder)
    let pid = first.processIdentifier
    let deadline = Date().addingTimeInterval(60)
    while Date() < deadline, first.isRunning,
      !((try? String(contentsOf: lockFile, encoding: .utf8))?.hasPrefix("pid \(pid)\n") ?? false)
    {
      usleep(2_000)
    }
    kill(pid, SIGKILL)
    first.waitUntilExit()
    let next = try BoardpackProcess.run(["build", "--format", "json"], in: folder)
    #expect(next.status == 0, "\(next.stderr)")
  }
}
