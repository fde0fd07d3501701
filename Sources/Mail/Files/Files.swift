import Foundation

/// The few file operations the send log, its lock and the drafts need, on POSIX calls so that
/// each failure keeps its `errno` and becomes a `FileError` naming the path.
enum Files {
  /// Creates the folder and any missing parents; a folder that exists is fine.
  static func createFolder(_ path: String) throws(FileError) {
    guard !path.isEmpty else { return }
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
      return
    }
    let parent = (path as NSString).deletingLastPathComponent
    if !parent.isEmpty, parent != path { try createFolder(parent) }
    if mkdir(path, 0o755) != 0, errno != EEXIST {
      throw FileError(.createFolder, path: path, code: errno)
    }
    // EEXIST from a file, not a folder, in the way.
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder),
      isFolder.boolValue
    else { throw FileError(.createFolder, path: path, code: ENOTDIR) }
  }

  /// The whole file, or nil when it does not exist.
  ///
  /// Reads the size the file has when opened, so a device in a file's place (`/dev/full`
  /// reads as endless zeros) reads as empty rather than forever.
  static func contents(_ path: String) throws(FileError) -> Data? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    if descriptor < 0 {
      if errno == ENOENT { return nil }
      throw FileError(.read, path: path, code: errno)
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw FileError(.read, path: path, code: errno) }
    switch status.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: throw FileError(.read, path: path, code: EISDIR)
    default: return Data()
    }
    var data = Data(count: Int(status.st_size))
    var offset = 0
    while offset < data.count {
      let count = data.withUnsafeMutableBytes {
        read(descriptor, $0.baseAddress! + offset, $0.count - offset)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw FileError(.read, path: path, code: errno)
      }
      if count == 0 { break }
      offset += count
    }
    return data.prefix(offset)
  }

  /// Writes all of `data` at the descriptor's position (the end, with `O_APPEND`).
  static func writeAll(_ data: Data, to descriptor: Int32, path: String) throws(FileError) {
    var offset = 0
    while offset < data.count {
      let written = data.withUnsafeBytes {
        write(descriptor, $0.baseAddress! + offset, $0.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw FileError(.write, path: path, code: errno)
      }
      offset += written
    }
  }

  /// Flushes the file's data to the disk.
  static func sync(_ descriptor: Int32, path: String) throws(FileError) {
    if fsync(descriptor) != 0 { throw FileError(.write, path: path, code: errno) }
  }

  /// Flushes a folder, so a file just created or renamed in it survives a crash.
  ///
  /// Some file systems cannot sync a folder (`EINVAL`); the file's own data is synced anyway,
  /// so that is not an error.
  static func syncFolder(_ path: String) {
    let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    _ = fsync(descriptor)
    close(descriptor)
  }

  /// Writes the file whole or not at all: into a temporary file beside it, synced, then
  /// renamed over it.
  static func writeAtomically(_ data: Data, to path: String) throws(FileError) {
    let folder = (path as NSString).deletingLastPathComponent
    let temporary =
      (folder.isEmpty ? "" : folder + "/")
      + ".\((path as NSString).lastPathComponent).\(getpid()).tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw FileError(.write, path: path, code: errno) }
    do {
      try writeAll(data, to: descriptor, path: path)
      try sync(descriptor, path: path)
    } catch {
      close(descriptor)
      unlink(temporary)
      throw error
    }
    close(descriptor)
    if rename(temporary, path) != 0 {
      let code = errno
      unlink(temporary)
      throw FileError(.write, path: path, code: code)
    }
    syncFolder(folder.isEmpty ? "." : folder)
  }
}
