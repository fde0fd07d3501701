/// The check every output path passes before anything is written: output files are named from
/// ids in the pack (`summaries/<partner-id>.pdf`, `charts/<indicator-id>-trend.svg`), and an id
/// such as `../../../../victim` must never put a file outside the pack's folder, whatever the
/// loader let through.
///
/// A path passes when it is relative, made of names joined by `/`, none of them empty, `.` or
/// `..`, none longer than a file system allows (255 bytes), and none holding a control
/// character (NUL, a line break, an escape, C1). Such a path, joined to a folder, names a place
/// inside that folder. The check is one scan of the path's bytes.
enum OutputPath {
  /// The longest name most file systems take for one part of a path, in bytes.
  static let maximumNameBytes = 255

  /// Throws `OutputPathError` (role `.file`) unless `path` stays inside the folder it is joined
  /// to.
  static func check(_ path: String) throws {
    if let problem = problem(in: path) { throw OutputPathError(path: path, role: .file, problem) }
  }

  /// Throws `OutputPathError` unless `name` is one safe, visible name: it passes `check`, has no
  /// `/`, and does not start with `.` (the build's own hidden folders, `.<slug>.previous` and the
  /// like, must never be taken for a pack's).
  static func checkName(_ name: String, role: OutputPathError.Role) throws {
    if let problem = problem(in: name) { throw OutputPathError(path: name, role: role, problem) }
    if name.utf8.contains(slash) { throw OutputPathError(path: name, role: role, .slash) }
    if name.utf8.first == dot { throw OutputPathError(path: name, role: role, .hidden) }
  }

  /// The first thing wrong with `path`, nil when it is a safe relative path.
  static func problem(in path: String) -> OutputPathError.Problem? {
    if path.isEmpty { return .empty }
    if path.utf8.first == slash { return .absolute }
    var length = 0  // bytes of the current name
    var onlyDots = true
    var previous: UInt8 = 0
    func endOfName() -> OutputPathError.Problem? {
      if length == 0 { return .emptyName }
      if onlyDots && length <= 2 { return .dotName(length == 1 ? "." : "..") }
      if length > maximumNameBytes { return .nameTooLong(bytes: length) }
      return nil
    }
    for byte in path.utf8 {
      if byte == slash {
        if let problem = endOfName() { return problem }
        length = 0
        onlyDots = true
      } else {
        // C0 controls and DEL; C1 controls are U+0080–U+009F, 0xC2 0x80–0x9F in UTF-8.
        if byte < 0x20 || byte == 0x7F || (previous == 0xC2 && byte >= 0x80 && byte <= 0x9F) {
          return .controlCharacter
        }
        length += 1
        if byte != dot { onlyDots = false }
      }
      previous = byte
    }
    return endOfName()
  }

  private static let slash = UInt8(ascii: "/")
  private static let dot = UInt8(ascii: ".")
}
