import Foundation
import IndicatorModel

#if canImport(Glibc)
  import Glibc
#endif

/// A period folder, `<output>/<pack-id>/<period-slug>`, written in a staging folder beside it
/// and put in place only when everything succeeded (design §6): a failed, killed or concurrent
/// build never leaves a half-written pack and never loses the last good one. The folder holds
/// only what the build makes: nothing in the previous pack is carried into the new one.
///
/// Opening it creates `<output>/<pack-id>`, takes the folder's lock (`BuildLock`), puts back a
/// last good pack that a stopped build left under the aside name (`restorePrevious`), sweeps
/// the staging folders of killed builds and creates this build's own. Every file written is
/// checked to stay inside the staging folder (`OutputPath`). `commit` swaps the new pack in.
///
/// Paths are kept as the user gave `--output` (relative to the current folder when it was), so
/// messages name folders as the user knows them.
struct OutputFolder {
  /// `<output>/<pack-id>/<period-slug>`.
  let destinationPath: String
  /// `<output>/<pack-id>/.<period-slug>.building-<pid>`: same folder, so moves are renames.
  let stagingPath: String
  /// `<output>/<pack-id>/.<period-slug>.previous`: the last good pack while the fallback's two
  /// renames run (`commit`), and what the next build puts back if one was stopped between them.
  let asidePath: String
  /// `<output>/<pack-id>`, which holds the period folders, their staging folders and locks.
  let parentPath: String
  /// The period folder's name (`2013-14-q4`).
  let slug: String
  /// The file-system calls the commit makes; the real ones but in tests.
  let calls: FolderCalls
  private let lock: BuildLock

  /// Opens the period folder for one build; see the type's discussion. Throws `BuildError`:
  /// `.unsafeOutputPath` for a pack id or period that cannot be a folder name, `.busy` when
  /// another build holds the folder, `.output` when a folder cannot be created.
  init(output: String, packID: String, slug: String, calls: FolderCalls = .system) throws {
    do {
      try OutputPath.checkName(packID, role: .packID)
      try OutputPath.checkName(slug, role: .periodFolder)
    } catch let error as OutputPathError {
      throw BuildError.unsafeOutputPath(error)
    }
    let parent = Self.join(output, packID)
    parentPath = parent
    self.slug = slug
    self.calls = calls
    destinationPath = Self.join(parent, slug)
    stagingPath = Self.join(parent, ".\(slug).building-\(getpid())")
    asidePath = Self.join(parent, ".\(slug).previous")
    if let failure = Self.makeFolders(parent) {
      throw BuildError.output(
        path: parent, action: "create the output folder",
        reason: failure.problem.reason(at: failure.path), advice: failure.problem.advice)
    }
    lock = try BuildLock(path: Self.join(parent, ".\(slug).lock"), shown: destinationPath)
    do {
      try restorePrevious()
      removeAbandonedStaging()
      if Self.exists(stagingPath) { _ = calls.removeTree(stagingPath) }  // a reused pid's
      guard mkdir(stagingPath, 0o755) == 0 else {
        let problem = FileProblem(code: errno)
        throw BuildError.output(
          path: destinationPath, action: "create the staging folder \"\(stagingPath)\"",
          reason: problem.reason(at: stagingPath), advice: problem.advice)
      }
    } catch {
      lock.release()
      throw error
    }
  }

  /// The period folder.
  var destination: URL { URL(fileURLWithPath: destinationPath) }

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

  /// For a library that opens its output file by name (libxlsxwriter): `relativePath` created
  /// empty in the staging folder, as `create` would, and its full path with the path shown in
  /// messages. The library then writes it by that name.
  func reserve(_ relativePath: String) throws -> (path: String, shown: String) {
    let file = try create(relativePath)
    file.close()
    return (file.path, file.shown)
  }

  /// A hidden folder in the staging folder for a library's temporary files, created afresh;
  /// `removeScratch` removes it before the pack is moved into place.
  func makeScratch(_ name: String) throws -> String {
    try OutputPath.check(name)
    let path = stagingPath + "/" + name
    guard mkdir(path, 0o700) == 0 else {
      throw StagedFile.Failure(
        shown: destinationPath + "/" + name, problem: FileProblem(code: errno))
    }
    return path
  }

  /// Removes a scratch folder and what is left in it.
  func removeScratch(_ path: String) {
    _ = calls.removeTree(path)
  }

  /// A file this build has written already, read back from the staging folder; nil for a path
  /// that `OutputPath` refuses or a file that is not there.
  func read(_ relativePath: String) -> Data? {
    guard OutputPath.problem(in: relativePath) == nil else { return nil }
    return FileManager.default.contents(atPath: stagingPath + "/" + relativePath)
  }

  /// Removes the staging folder after a failure; the destination is untouched.
  func discard() {
    _ = calls.removeTree(stagingPath)
  }

  /// Lets the next build into the folder; call once the build has committed or discarded.
  func release() {
    lock.release()
  }

  /// `folder/name`, keeping `folder` as given (an empty one is the current folder).
  static func join(_ folder: String, _ name: String) -> String {
    if folder.isEmpty { return name }
    return folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }
}
