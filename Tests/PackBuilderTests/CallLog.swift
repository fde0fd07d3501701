import Foundation

@testable import PackBuilder

/// Records the commit's file-system calls, with paths shortened to their role (`staging`,
/// `destination`, `aside`), so a test can check the order in which they were made.
final class CallLog: @unchecked Sendable {
  private let lock = NSLock()
  private var entries: [String] = []

  var calls: [String] {
    lock.lock()
    defer { lock.unlock() }
    return entries
  }

  func record(_ call: String, _ paths: String...) {
    let roles = paths.map { path -> String in
      let name = (path as NSString).lastPathComponent
      if name.hasSuffix(".previous") { return "aside" }
      if name.contains(".building-") { return "staging" }
      return "destination"
    }
    lock.lock()
    entries.append(([call] + roles).joined(separator: " "))
    lock.unlock()
  }

  /// `calls`, each recording itself before it runs.
  func recording(_ calls: FolderCalls) -> FolderCalls {
    FolderCalls(
      exchange: {
        self.record("exchange", $0, $1); return calls.exchange($0, $1)
      },
      rename: {
        self.record("rename", $0, $1); return calls.rename($0, $1)
      },
      removeTree: {
        self.record("removeTree", $0); return calls.removeTree($0)
      })
  }
}
