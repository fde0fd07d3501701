import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A period folder, `<output>/<pack-id>/<period-slug>`, written in a staging folder beside it
/// and moved into place only when everything succeeded (design §6): a failed build never leaves
/// a half-written pack and never replaces the last good one. The folder holds only what the
/// build makes: nothing in the previous pack is carried into the new one.
///
/// Every file written is checked to stay inside the staging folder (`OutputPath`), and the pack
/// id and period are checked to be single folder names. Paths are kept as the user gave
/// `--output` (relative to the current folder when it was), so messages name folders as the
/// user knows them.
struct OutputFolder {
  /// `<output>/<pack-id>/<period-slug>`.
  let destinationPath: String
  /// `<output>/<pack-id>/.<period-slug>.building-<pid>`: same folder, so moves are renames.
  let stagingPath: String
  private let lock: BuildLock

  /// Creates `<output>/<pack-id>`, takes the period folder's lock (`BuildLock`) and creates this
  /// build's staging folder. Throws `BuildError`: `.unsafeOutputPath` for a pack id or period
  /// that cannot be a folder name, `.busy` when another build holds the folder, `.output` when a
  /// folder cannot be created.
  init(output: String, packID: String, slug: String) throws {
    do {
      try OutputPath.checkName(packID, role: .packID)
      try OutputPath.checkName(slug, role: .periodFolder)
    } catch let error as OutputPathError {
      throw BuildError.unsafeOutputPath(error)
    }
    let parent = Self.join(output, packID)
    destinationPath = Self.join(parent, slug)
    stagingPath = Self.join(parent, ".\(slug).building-\(getpid())")
    if let failure = Self.makeFolders(parent) {
      throw BuildError.output(
        path: parent, action: "create the output folder",
        reason: failure.problem.reason(at: failure.path), advice: failure.problem.advice)
    }
    lock = try BuildLock(path: Self.join(parent, ".\(slug).lock"), shown: destinationPath)
    Self.removeAbandonedStaging(for: destination)
    if Self.exists(stagingPath) { try? FileManager.default.removeItem(atPath: stagingPath) }
    guard mkdir(stagingPath, 0o755) == 0 else {
      let problem = FileProblem(code: errno)
      lock.release()
      throw BuildError.output(
        path: destinationPath, action: "create the staging folder \"\(stagingPath)\"",
        reason: problem.reason(at: stagingPath), advice: problem.advice)
    }
  }

  /// Lets the next build into the folder; call once the build has committed or discarded.
  func release() {
    lock.release()
  }

  /// The period folder.
  var destination: URL { URL(fileURLWithPath: destinationPath) }
  /// This build's staging folder.
  var staging: URL { URL(fileURLWithPath: stagingPath) }

  /// Writes one file under the staging folder, creating its folders.
  func write(_ data: Data, to relativePath: String) throws {
    let file = try create(relativePath)
    defer { file.close() }
    try file.write(data)
  }

  /// Creates (or empties) one file under the staging folder, creating its folders, and opens it
  /// for writing. Throws `OutputPathError` for a path that would not stay inside the folder.
  func create(_ relativePath: String) throws -> StagedFile {
    try OutputPath.check(relativePath)
    let path = stagingPath + "/" + relativePath
    let shown = destinationPath + "/" + relativePath
    do {
      return try StagedFile(creating: path, shown: shown)
    } catch let failure as StagedFile.Failure where failure.problem.code == ENOENT {
      // Its folder is not there yet: the first file of `charts/` or `summaries/`.
      let folder = (path as NSString).deletingLastPathComponent
      if let failure = Self.makeFolders(folder) {
        throw StagedFile.Failure(shown: shown, problem: failure.problem)
      }
      return try StagedFile(creating: path, shown: shown)
    }
  }

  /// A file this build has written already, read back from the staging folder; nil for a path
  /// that `OutputPath` refuses or a file that is not there.
  func read(_ relativePath: String) -> Data? {
    guard OutputPath.problem(in: relativePath) == nil else { return nil }
    return FileManager.default.contents(atPath: stagingPath + "/" + relativePath)
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

  /// `folder/name`, keeping `folder` as given (an empty one is the current folder).
  static func join(_ folder: String, _ name: String) -> String {
    if folder.isEmpty { return name }
    return folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }
}
