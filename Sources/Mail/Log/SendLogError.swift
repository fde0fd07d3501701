import Foundation

/// Why the send log could not be read or written.
public enum SendLogError: Error, Hashable, Sendable, CustomStringConvertible {
  /// A complete line is not a send record (the file was edited by hand, or is not a send log).
  case malformedLine(path: String, line: Int)
  /// The file could not be opened or written.
  case cannotWrite(path: String, errno: Int32)

  /// `path:line: ...`, like the pack's diagnostics.
  public var description: String {
    switch self {
    case .malformedLine(let path, let line):
      return "\(path):\(line): error: this line of the send log is not a send record"
    case .cannotWrite(let path, let code):
      return "\(path): error: cannot write the send log: \(String(cString: strerror(code)))"
    }
  }
}
