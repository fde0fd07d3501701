import Foundation

/// A pack folder written in a temporary place beside its destination and moved into place only
/// when everything succeeded (design §6): a failed build never leaves a half-written pack and
/// never replaces the last good one.
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
    if FileManager.default.fileExists(atPath: staging.path) {
      try FileManager.default.removeItem(at: staging)
    }
    try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
  }

  /// Writes one file under the staging folder, creating its folders.
  func write(_ data: Data, to relativePath: String) throws {
    let url = staging.appendingPathComponent(relativePath)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try data.write(to: url)
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

  /// Removes the staging folder after a failure; the destination is untouched.
  func discard() {
    try? FileManager.default.removeItem(at: staging)
  }
}
