import Foundation

/// A file or folder that boardpack email could not create, read or write, with the system's
/// reason and what to do about it.
///
/// Foundation's own errors print as `Error Domain=NSCocoaErrorDomain Code=…`; every file
/// operation of the send log, its lock and the drafts reports this instead, so the user reads a
/// sentence naming the path.
public struct FileError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What was being done.
  public enum Action: String, Hashable, Sendable {
    /// Creating a folder (and its parents).
    case createFolder = "create the folder"
    /// Opening or reading a file.
    case read = "read"
    /// Creating, writing or flushing a file to disk.
    case write = "write"
    /// Locking a file (`flock`).
    case lock = "lock"
  }

  /// What was being done.
  public var action: Action
  /// The file or folder, as the user gave it (relative paths stay relative).
  public var path: String
  /// The `errno` value.
  public var code: Int32

  /// An error for a failed operation; `code` is `errno`.
  public init(_ action: Action, path: String, code: Int32) {
    self.action = action
    self.path = path
    self.code = code
  }

  /// `Output/x/sent.jsonl: error: cannot write: No space left on device (free some space …)`.
  public var description: String {
    "\(path): error: cannot \(action.rawValue): \(String(cString: strerror(code))) (\(advice))"
  }

  /// What the user can do, by the reason.
  public var advice: String {
    switch code {
    case ENOSPC, EDQUOT:
      return "the disk is full: free some space, then run the command again"
    case EACCES, EPERM:
      return "check that you may write there, or choose another output folder"
    case EROFS:
      return "the file system is read-only: choose another output folder"
    case ENOTDIR, EEXIST:
      return "a file is in the way where a folder should be: move it aside"
    case EISDIR:
      return "a folder is in the way where a file should be: move it aside"
    case ENOLCK, EOPNOTSUPP:
      return
        "this file system cannot lock files (a network share?): choose an output folder on a local disk"
    case ENOENT:
      return "a folder on the way is missing: check the path"
    default:
      return "check the path and the disk"
    }
  }
}
