import Foundation
import IndicatorModel

#if canImport(Glibc)
  import Glibc
#endif

extension OutputFolder {
  /// Creates a folder and those above it that are missing (`mkdir -p`) with the POSIX call, so
  /// a failure keeps the system's error number and the path it happened on; nil on success.
  static func makeFolders(_ path: String) -> (path: String, problem: FileProblem)? {
    if mkdir(path, 0o755) == 0 { return nil }
    let code = errno
    switch code {
    case EEXIST:
      return isFolder(path) ? nil : (path, FileProblem(code: ENOTDIR))
    case ENOENT:
      let parent = (path as NSString).deletingLastPathComponent
      guard !parent.isEmpty, parent != path, parent != "/" else {
        return (path, FileProblem(code: code))
      }
      if let failure = makeFolders(parent) { return failure }
      if mkdir(path, 0o755) == 0 { return nil }
      let again = errno
      return again == EEXIST && isFolder(path) ? nil : (path, FileProblem(code: again))
    default:
      return (path, FileProblem(code: code))
    }
  }

  /// Whether `path` is a folder (or a link to one).
  static func isFolder(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
  }

  /// Whether anything is at `path`, a dangling link included.
  static func exists(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0
  }
}
