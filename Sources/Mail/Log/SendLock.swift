import Foundation

/// The lock a running `boardpack email` holds on its send folder, so that two runs for the same
/// pack and period can never both send.
///
/// `flock(LOCK_EX | LOCK_NB)` on `.lock` in the folder: a second run fails at once rather than
/// waiting, and names the holder from what the file records (its process id and start time).
/// The kernel releases the lock when the holder exits, however it exits, so a lock left by a
/// killed run never goes stale; the file itself stays, and is never removed (removing it would
/// let two runs lock two different files).
public final class SendLock: Sendable {
  /// The lock file.
  public let path: String
  /// Who holds it: this process.
  public let holder: SendLockHolder
  private let descriptor: Int32

  private init(path: String, holder: SendLockHolder, descriptor: Int32) {
    self.path = path
    self.holder = holder
    self.descriptor = descriptor
  }

  deinit { close(descriptor) }

  /// Locks the lock file, creating it and its folder when needed, and records this process.
  /// - Throws: `SendLockError.held` when another process holds it; `FileError` when the folder
  ///   or the file cannot be created.
  public static func acquire(_ path: String, holder: SendLockHolder) throws -> SendLock {
    try Files.createFolder((path as NSString).deletingLastPathComponent)
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw FileError(.write, path: path, code: errno) }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      let code = errno
      close(descriptor)
      guard code == EWOULDBLOCK else { throw FileError(.lock, path: path, code: code) }
      throw SendLockError.held(path: path, holder: currentHolder(path))
    }
    // Who holds it, for the message of a run that finds it locked; not synced, since it means
    // nothing once this process is gone.
    var line = (try? JSONEncoder.sendLock.encode(holder)) ?? Data()
    line.append(UInt8(ascii: "\n"))
    if ftruncate(descriptor, 0) == 0 {
      _ = line.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    }
    return SendLock(path: path, holder: holder, descriptor: descriptor)
  }

  /// The holder the file records, once it is a running process.
  ///
  /// The holder writes itself just after locking, so the file can for a moment be empty or
  /// still name an earlier holder that has gone: read again for up to half a second.
  static func currentHolder(_ path: String) -> SendLockHolder? {
    for attempt in 0..<25 {
      if attempt > 0 { usleep(20_000) }
      guard let data = try? Files.contents(path),
        let holder = try? JSONDecoder.sendLock.decode(SendLockHolder.self, from: data),
        holder.isRunning
      else { continue }
      return holder
    }
    return nil
  }
}

extension JSONEncoder {
  /// The lock file's encoding: ISO 8601 dates, sorted keys.
  static var sendLock: JSONEncoder {
    let encoder = JSONEncoder()
    encoder.dateEncodingStrategy = .iso8601
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }
}

extension JSONDecoder {
  /// The lock file's decoding: ISO 8601 dates.
  static var sendLock: JSONDecoder {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    return decoder
  }
}
