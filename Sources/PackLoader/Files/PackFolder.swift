import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The pack folder on disk, and the rule that a pack is read only from inside it.
///
/// A pack arrives by email or on a shared drive and is edited by many hands: a `..` in a path or
/// a symbolic link could make the dashboard embed any file the user can read, and a build
/// would use data the manifest does not list. So every input is resolved to its real path and
/// must lie under the real path of the folder. A link that stays inside is fine, and so is a
/// pack folder that is itself behind a link or on a network share (its own real path is the
/// reference).
struct PackFolder: Sendable {
  /// The folder as the user gave it, without a trailing slash (`Indicators`).
  let directory: String
  /// Its real path, every link resolved (`/work/main/Indicators`).
  let realPath: String

  /// Nil when `directory` is not a folder.
  init?(directory: String) {
    guard let real = Self.realPath(directory) else { return nil }
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: real, isDirectory: &isFolder),
      isFolder.boolValue
    else { return nil }
    self.directory = directory
    realPath = real
  }

  /// Where a path inside the pack leads.
  enum Place: Equatable {
    /// A regular file (or, for `folder`, a folder) inside the pack; its real path.
    case inside(String)
    /// Nothing there.
    case missing
    /// It leads outside the pack folder, to this real path.
    case outside(String)
    /// Something that is neither a regular file nor a folder (a device, a pipe, a socket),
    /// which could block a read for ever.
    case special
  }

  /// Where `relative` (`data/q4.csv`, or pack.yaml's `branding.logo`) leads.
  func place(of relative: String) -> Place {
    if relative.hasPrefix("/") { return .outside(relative) }
    let given = directory.hasSuffix("/") ? directory + relative : "\(directory)/\(relative)"
    guard let real = Self.realPath(given) else {
      // A dangling link is missing too; a path through `..` that leaves the folder is outside
      // whether or not its target exists.
      return relative.split(separator: "/").contains("..") ? .outside(given) : .missing
    }
    guard real == realPath || real.hasPrefix(realPath == "/" ? "/" : realPath + "/") else {
      return .outside(real)
    }
    var status = stat()
    guard stat(real, &status) == 0 else { return .missing }
    let kind = status.st_mode & S_IFMT
    return kind == S_IFREG || kind == S_IFDIR ? .inside(real) : .special
  }

  /// `realpath(3)`: the absolute path with every link, `.` and `..` resolved; nil when it does
  /// not exist.
  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
