import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Temporary folders for tests, all inside one folder per test process
/// (`boardpack-tests-<pid>` under the system's temporary folder), which is removed when the
/// process exits. A run that crashed leaves its folder behind; the next run removes the folders
/// of processes that are gone. Before this, every run left some 200 pack copies and PDFs
/// behind (5 GB after a few days of work).
public enum TestFolder {
  /// A fresh empty folder named `<label>-<uuid>`.
  public static func make(_ label: String) throws -> URL {
    let url = root.appendingPathComponent("\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// A path for a new folder or file named `<label>-<uuid>`, not created.
  public static func path(_ label: String) -> URL {
    root.appendingPathComponent("\(label)-\(UUID().uuidString)")
  }

  static let prefix = "boardpack-tests-"

  /// Created once, on first use (a static `let` is initialised once, thread-safely).
  static let root: URL = {
    let system = FileManager.default.temporaryDirectory
    removeAbandoned(in: system)
    let url = system.appendingPathComponent("\(prefix)\(getpid())")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(at: TestFolder.root) }
    return url
  }()

  /// The folders of earlier test processes that no longer run.
  static func removeAbandoned(in system: URL) {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: system.path)) ?? []
    for name in names where name.hasPrefix(prefix) {
      guard let pid = Int32(name.dropFirst(prefix.count)), pid != getpid() else { continue }
      if kill(pid, 0) != 0 && errno == ESRCH {
        try? FileManager.default.removeItem(at: system.appendingPathComponent(name))
      }
    }
  }
}
