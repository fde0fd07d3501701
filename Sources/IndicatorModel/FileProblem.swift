import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A file-system failure in words a user can act on, made from the system's error number —
/// never from Foundation's error text (`Error Domain=NSCocoaErrorDomain Code=512 …`), which
/// names neither the cause nor a remedy.
public struct FileProblem: Error, Equatable, Sendable {
  /// The `errno` value.
  public let code: Int32

  /// A problem from an error number.
  public init(code: Int32) { self.code = code }

  /// The error number inside `error`: a `POSIXError`, the POSIX error under a `CocoaError`, or
  /// the nearest number for a `CocoaError` that carries none; nil for other errors.
  public init?(_ error: any Error) {
    if let posix = error as? POSIXError {
      code = posix.code.rawValue
      return
    }
    guard let cocoa = error as? CocoaError else { return nil }
    if let underlying = cocoa.underlying as NSError?, underlying.domain == NSPOSIXErrorDomain {
      code = Int32(underlying.code)
      return
    }
    switch cocoa.code {
    case .fileNoSuchFile, .fileReadNoSuchFile: code = ENOENT
    case .fileWriteNoPermission, .fileReadNoPermission: code = EACCES
    case .fileWriteOutOfSpace: code = ENOSPC
    case .fileWriteVolumeReadOnly: code = EROFS
    case .fileWriteFileExists: code = EEXIST
    case .fileReadTooLarge: code = EFBIG
    default: code = EIO
    }
  }

  /// What went wrong at `path` (the file or folder the call was made on), as a phrase:
  /// `a file named "Output" is in the way`, `the disk is full`.
  public func reason(at path: String) -> String {
    let parent = (path as NSString).deletingLastPathComponent
    let place = parent.isEmpty ? "the current folder" : "\"\(parent)\""
    switch code {
    case ENOTDIR, EEXIST:
      if let blocker = Self.fileInTheWay(of: path) {
        return "a file named \"\(blocker)\" is in the way"
      }
      return "a file is in the way"
    case ENOENT: return "\(place) does not take new files or folders"
    case EACCES, EPERM: return "permission denied in \(place)"
    case EROFS: return "\(place) is on a read-only file system"
    case ENOSPC: return "the disk is full"
    case EDQUOT: return "the disk quota is used up"
    case ENAMETOOLONG: return "the path is too long"
    case ELOOP: return "too many symbolic links on the way"
    case EMFILE, ENFILE: return "too many files are open"
    case EBUSY: return "it is in use"
    case EIO: return "the disk reported an input/output error"
    default: return words
    }
  }

  /// The system's own words for it, in lower case (`permission denied`).
  public var words: String { String(cString: strerror(code)).lowercased() }

  /// What to do about it, for a problem with the output folder.
  public var advice: String {
    switch code {
    case ENOSPC, EDQUOT: return "free some space and build again"
    case EMFILE, ENFILE:
      return "raise the limit (ulimit -n) or close other programs, and build again"
    case EIO: return "check the disk, then build again"
    case EBUSY: return "close what uses it and build again"
    default: return "choose another folder with --output"
    }
  }

  /// The first part of `path` (as given: relative parts stay relative) that exists and is not
  /// a folder, such as `Output` when `Output` is a file.
  public static func fileInTheWay(of path: String) -> String? {
    var prefix = path.hasPrefix("/") ? "/" : ""
    for part in path.split(separator: "/") {
      prefix += prefix.isEmpty || prefix.hasSuffix("/") ? String(part) : "/\(part)"
      var status = stat()
      guard stat(prefix, &status) == 0 else { return nil }
      if status.st_mode & S_IFMT != S_IFDIR { return prefix }
    }
    return nil
  }

  /// Any error as text for a message: a file-system error as `path: reason` from its error
  /// number, every other error as its own description.
  public static func describe(_ error: any Error) -> String {
    guard let problem = FileProblem(error) else {
      let text = "\(error)"
      // A last guard: Foundation's raw text never reaches the terminal.
      return text.contains("Error Domain=") ? "an unexpected error (\(type(of: error)))" : text
    }
    guard let path = (error as? CocoaError)?.filePath, !path.isEmpty else {
      return problem.words
    }
    return "\(path): \(problem.reason(at: path))"
  }
}
