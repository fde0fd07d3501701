import Foundation
import IndicatorModel

#if canImport(Glibc)
  import Glibc
#endif

/// Keeps two builds from writing the same period folder at once: an exclusive `flock` on
/// `<output>/<pack-id>/.<period-slug>.lock`, taken without waiting and held until the build
/// ends. The system drops a `flock` when its process ends, however it ends, so a killed build
/// never leaves a stale lock. The file holds the holder's process id and start time, for the
/// message a second build prints; it stays in place between builds (removing it would let a
/// build that opened it just before lock a file no longer in the folder).
struct BuildLock {
  /// The lock file's path.
  let path: String
  private let descriptor: Int32

  /// Takes the lock or throws at once: `BuildError.busy` when another build holds it,
  /// `BuildError.output` when the file cannot be made.
  ///
  /// - Parameter shown: the period folder as the user named it, for messages.
  init(path: String, shown: String) throws {
    self.path = path
    descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
    guard descriptor >= 0 else {
      let problem = FileProblem(code: errno)
      throw BuildError.output(
        path: shown, action: "lock the folder for this build",
        reason: problem.reason(at: path), advice: problem.advice)
    }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      let code = errno
      let holder = Self.holder(descriptor)
      _ = close(descriptor)
      if code == EWOULDBLOCK {
        throw BuildError.busy(path: shown, holder: holder)
      }
      let problem = FileProblem(code: code)
      throw BuildError.output(
        path: shown, action: "lock the folder for this build",
        reason: problem.reason(at: path), advice: problem.advice)
    }
    record()
  }

  /// The process that holds the lock, as the lock file says (`boardpack process 4242, started
  /// 2025-06-01T09:14:03Z`), or `another process` if it has not written the file yet.
  static func holder(_ descriptor: Int32) -> String {
    var bytes = [UInt8](repeating: 0, count: 256)
    let count = pread(descriptor, &bytes, bytes.count, 0)
    let text = count > 0 ? String(decoding: bytes[..<count], as: UTF8.self) : ""
    var fields: [String: String] = [:]
    for line in text.split(separator: "\n") {
      let parts = line.split(separator: " ", maxSplits: 1)
      if parts.count == 2 { fields[String(parts[0])] = String(parts[1]) }
    }
    // Only digits and the date's own characters reach the message.
    let allowed = Set("0123456789-:TZ")
    // A file the holder has not written yet still names the build before it: trust a process
    // id only if that process is running.
    guard let pid = fields["pid"].flatMap({ Int32($0) }), pid > 0, OutputFolder.isRunning(pid)
    else { return "another process" }
    guard let started = fields["started"], started.allSatisfy(allowed.contains) else {
      return "boardpack process \(pid)"
    }
    return "boardpack process \(pid), started \(started)"
  }

  /// Writes this process's id and the time into the lock file.
  private func record() {
    let started = ISO8601DateFormatter().string(from: Date())
    let text = Array("pid \(getpid())\nstarted \(started)\n".utf8)
    _ = ftruncate(descriptor, 0)
    _ = pwrite(descriptor, text, text.count, 0)
  }

  /// Lets the next build in; called when the build has finished, whether or not it succeeded.
  func release() {
    _ = close(descriptor)
  }
}
