import Foundation

/// Writes files so that a reader sees the old file or the new one, never half of either:
/// each goes to a hidden temporary file beside its target (hidden, so the loader skips it),
/// then all are renamed into place.
enum AtomicFile {
  static func write(_ files: [(path: String, text: String)]) throws {
    var staged: [(temporary: String, path: String)] = []
    do {
      for file in files {
        let url = URL(fileURLWithPath: file.path)
        try FileManager.default.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temporary = url.deletingLastPathComponent()
          .appendingPathComponent(
            ".\(url.lastPathComponent).import-\(ProcessInfo.processInfo.processIdentifier).tmp"
          ).path
        try Data(file.text.utf8).write(to: URL(fileURLWithPath: temporary))
        staged.append((temporary, file.path))
      }
      for file in staged where rename(file.temporary, file.path) != 0 {
        throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file.path])
      }
    } catch {
      for file in staged { try? FileManager.default.removeItem(atPath: file.temporary) }
      throw error
    }
  }
}
