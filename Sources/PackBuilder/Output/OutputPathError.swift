/// An output path or folder name that `OutputPath` refused: it would leave the folder it is
/// written into, or cannot be a file name. Nothing was written under it.
public struct OutputPathError: Error, CustomStringConvertible, Equatable {
  /// What was wrong with it.
  public enum Problem: Equatable, Sendable {
    /// Nothing at all.
    case empty
    /// Starts with `/`.
    case absolute
    /// `//`, or a `/` at the end.
    case emptyName
    /// A `.` or `..` part.
    case dotName(String)
    /// NUL, a line break, an escape or another control character.
    case controlCharacter
    /// One part is longer than a file system takes.
    case nameTooLong(bytes: Int)
    /// A `/` in what must be one folder name.
    case slash
    /// A folder name starting with `.`.
    case hidden
  }

  /// What the path or name is for.
  public enum Role: Equatable, Sendable {
    /// A file of the pack, relative to the pack's folder (`summaries/health.pdf`).
    case file
    /// pack.yaml's `id`, the folder of all the pack's periods.
    case packID
    /// The period's folder name (`2013-14-q4`).
    case periodFolder
  }

  /// The path as it was given; shown quoted with control characters escaped.
  public let path: String
  public let role: Role
  public let problem: Problem

  init(path: String, role: Role, _ problem: Problem) {
    self.path = path
    self.role = role
    self.problem = problem
  }

  public var description: String {
    // debugDescription quotes and escapes: a control character is shown, never sent to the
    // terminal.
    let quoted = path.debugDescription
    switch role {
    case .file:
      return
        "refused to write the output file \(quoted): \(problemWords); output files are named "
        + "from the ids in the pack, so change that id"
    case .packID:
      return
        "pack.yaml: error: the pack id \(quoted) cannot name the output folder: \(problemWords); "
        + "use letters, digits and hyphens"
    case .periodFolder:
      return "error: the period's folder name \(quoted) is not a safe folder name: \(problemWords)"
    }
  }

  var problemWords: String {
    switch problem {
    case .empty: return "it is empty"
    case .absolute: return "it starts with \"/\", so it is not inside the pack folder"
    case .emptyName: return "it has an empty part (\"//\", or a \"/\" at the end)"
    case .dotName(".."): return "it has a \"..\" part, which would lead out of the pack folder"
    case .dotName(let name): return "it has a \"\(name)\" part"
    case .controlCharacter:
      return "it has a control character (such as NUL, a line break or an escape)"
    case .nameTooLong(let bytes):
      return "one part is \(bytes) bytes long, and file systems take \(OutputPath.maximumNameBytes)"
    case .slash: return "it has a \"/\""
    case .hidden: return "it starts with \".\", which would make a hidden folder"
    }
  }
}
