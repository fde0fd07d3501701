import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A pack folder written in a temporary place beside its destination and moved into place only
/// when everything succeeded (design §6): a failed build never leaves a half-written pack and
/// never replaces the last good one. The folder holds only what the build makes: nothing in the
/// previous pack is carried into the new one.
struct OutputFolder {
  /// `Output/<pack-id>/<period-slug>`.
  let destination: URL
  /// `Output/<pack-id>/.<period-slug>.building-<pid>`: same file system, so the move is a rename.
  let staging: URL

  init(destination: URL) throws {
    self.destination = destination
    let parent = destination.deletingLastPathComponent()
    staging = parent.appendingPathComponent(
      ".\(destination.lastPathComponent).building-\(ProcessInfo.processInfo.processIdentifier)")
    try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
    Self.removeAbandonedStaging(for: destination)
    if FileManager.default.fileExists(atPath: staging.path) {
      try FileManager.default.removeItem(at: staging)
    }
    try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
  }

  /// Writes one file under the staging folder, creating its folders.
  func write(_ data: Data, to relativePath: String) throws {
    let file = try create(relativePath)
    defer { file.close() }
    try file.write(data)
  }

  /// Creates (or empties) one file under the staging folder, creating its folders, and opens it
  /// for writing.
  func create(_ relativePath: String) throws -> StagedFile {
    let url = staging.appendingPathComponent(relativePath)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    return try StagedFile(creating: url.path)
  }

  /// Puts the staged pack in place: the previous pack is renamed aside, the new one renamed in,
  /// then the previous one removed. Renames within one folder are atomic, so at every moment
  /// there is a complete pack on disk (for an instant under the aside name).
  func commit() throws {
    let manager = FileManager.default
    guard manager.fileExists(atPath: destination.path) else {
      try manager.moveItem(at: staging, to: destination)
      return
    }
    let aside = staging.appendingPathExtension("previous")
    if manager.fileExists(atPath: aside.path) { try manager.removeItem(at: aside) }
    try manager.moveItem(at: destination, to: aside)
    do {
      try manager.moveItem(at: staging, to: destination)
    } catch {
      try? manager.moveItem(at: aside, to: destination)  // put the good pack back
      throw error
    }
    try manager.removeItem(at: aside)
  }

  /// Removes the staging folders of builds that were killed before they could clean up
  /// (`.<slug>.building-<pid>` whose process is gone): they are never a pack, only litter. A
  /// build still running in another process keeps its folder.
  static func removeAbandonedStaging(for destination: URL) {
    let parent = destination.deletingLastPathComponent()
    let prefix = ".\(destination.lastPathComponent).building-"
    let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
    for name in names where name.hasPrefix(prefix) {
      let pidText = name.dropFirst(prefix.count).prefix { $0.isNumber }
      guard let pid = Int32(pidText), !isRunning(pid) else { continue }
      try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
    }
  }

  /// Whether a process with this id exists (signal 0 checks without sending anything).
  static func isRunning(_ pid: Int32) -> Bool {
    kill(pid, 0) == 0 || errno == EPERM
  }

  /// Removes the staging folder after a failure; the destination is untouched.
  func discard() {
    try? FileManager.default.removeItem(at: staging)
  }
}
