/// A send log that cannot be read as one.
public enum SendLogError: Error, Hashable, Sendable, CustomStringConvertible {
  /// A complete line is not a send record (the file was edited by hand, or is not a send log).
  case malformedLine(path: String, line: Int)

  /// `path:line: error: …`, like the pack's diagnostics, with what to do.
  public var description: String {
    switch self {
    case .malformedLine(let path, let line):
      return
        "\(path):\(line): error: this line of the send log is not a send record; correct it or delete it (each line records one message sent, and a partner with no line is sent again)"
    }
  }
}
