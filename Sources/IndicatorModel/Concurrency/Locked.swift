import Foundation

/// A value that threads share, read and changed only while its lock is held.
///
/// The one lock type of the package: results gathered from work on every core (see
/// `concurrentMap(_:)`), a build's progress counts and timings, the progress line. It lives in
/// IndicatorModel, the lowest target, because every target that shares state between threads
/// already depends on it; it knows nothing of the model, and a target of its own would add a
/// dependency to each of them for two small files.
///
/// `NSLock` rather than the standard library's `Mutex`, which needs macOS 15 where the package
/// supports macOS 13.
public final class Locked<Value: Sendable>: @unchecked Sendable {
  // Sendable by hand: `value` is only touched inside `withLock`, under `lock`.
  private let lock = NSLock()
  private var value: Value

  /// A lock guarding `value`.
  public init(_ value: Value) {
    self.value = value
  }

  /// Runs `body` with the value while holding the lock; calls from other threads wait.
  ///
  /// Keep `body` short, and never call `withLock` on the same instance inside it (the lock is
  /// not recursive).
  public func withLock<Returned>(_ body: (inout Value) throws -> Returned) rethrows -> Returned {
    lock.lock()
    defer { lock.unlock() }
    return try body(&value)
  }
}
