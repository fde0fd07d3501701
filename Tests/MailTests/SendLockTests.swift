import Foundation
import MailTestSupport
import Testing

@testable import Mail

/// The lock of a running `email`: a second holder is refused at once and told who holds it; a
/// killed holder's lock is free again.
@Suite(.timeLimit(.minutes(1))) struct SendLockTests {
  static func holder(_ activity: SendLockHolder.Activity = .sending) -> SendLockHolder {
    .current(period: "2013/14 Q4", activity: activity)
  }

  @Test func aSecondHolderIsRefusedWithTheFirstsProcessAndStartTime() throws {
    let folder = try Fixtures.temporaryFolder("lock")
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("email/2013-14-q4/.lock").path
    let first = try SendLock.acquire(path, holder: Self.holder())
    let recorded = try JSONDecoder.sendLock.decode(
      SendLockHolder.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    #expect(recorded.pid == getpid() && recorded.period == "2013/14 Q4")
    do {
      _ = try SendLock.acquire(path, holder: Self.holder(.drafting))
      Issue.record("the second lock was granted")
    } catch let error as SendLockError {
      #expect(error == .held(path: path, holder: first.holder))
      #expect(
        error.description
          == "another boardpack email (process \(getpid()), started \(first.holder.startedText)) is sending this pack's 2013/14 Q4 summaries; wait for it to finish (lock: \(path))"
      )
    }
    withExtendedLifetime(first) {}
  }

  @Test func theLockIsFreeOnceTheHolderLetsGo() throws {
    let folder = try Fixtures.temporaryFolder("lock")
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent(".lock").path
    var first: SendLock? = try SendLock.acquire(path, holder: Self.holder())
    #expect(first != nil)
    first = nil
    let second = try SendLock.acquire(path, holder: Self.holder(.drafting))
    #expect(second.holder.activity == .drafting)
  }

  /// Another process holds the lock (Python's `fcntl.flock`, as a separate program would) and
  /// is killed: the kernel lets go of the lock with it, so it never goes stale.
  @Test func aKilledHoldersLockIsFree() throws {
    let folder = try Fixtures.temporaryFolder("lock")
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent(".lock").path
    let ready = folder.appendingPathComponent("locked")
    let other = Process()
    other.executableURL = URL(fileURLWithPath: Fixtures.python)
    other.arguments = [
      "-c",
      """
      import fcntl, sys, time
      f = open(sys.argv[1], 'a')
      fcntl.flock(f, fcntl.LOCK_EX)
      open(sys.argv[2], 'w').close()
      time.sleep(60)
      """,
      path, ready.path,
    ]
    try other.run()
    defer { if other.isRunning { kill(other.processIdentifier, SIGKILL) } }
    let deadline = Date().addingTimeInterval(10)
    while !FileManager.default.fileExists(atPath: ready.path) && Date() < deadline {
      usleep(20_000)
    }
    var refusal: SendLockError?
    do {
      _ = try SendLock.acquire(path, holder: Self.holder())
      Issue.record("the lock was granted while another process held it")
    } catch let error as SendLockError {
      refusal = error
    }
    // The other process wrote nothing into the file, so the message cannot name it.
    #expect(refusal == .held(path: path, holder: nil))
    kill(other.processIdentifier, SIGKILL)
    other.waitUntilExit()
    let lock = try SendLock.acquire(path, holder: Self.holder())
    #expect(lock.holder.pid == getpid())
  }

  @Test func aFolderThatCannotBeCreatedIsAnErrorNamingIt() throws {
    let folder = try Fixtures.temporaryFolder("lock")
    defer { try? FileManager.default.removeItem(at: folder) }
    let blocker = folder.appendingPathComponent("email")
    try Data().write(to: blocker)
    #expect(throws: FileError(.createFolder, path: blocker.path, code: ENOTDIR)) {
      try SendLock.acquire(
        blocker.appendingPathComponent("2013-14-q4/.lock").path, holder: Self.holder())
    }
  }
}
