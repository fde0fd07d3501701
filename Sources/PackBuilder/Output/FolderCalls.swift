import Foundation
import IndicatorModel

#if canImport(CGlibc)
  internal import CGlibc
#endif
#if canImport(Glibc)
  import Glibc
#endif

/// The file-system calls that put a staged pack in place, each returning 0 or an `errno` value.
/// Gathered in one value so a test can make one of them fail — the exchange unsupported, the
/// old pack impossible to remove — and check what the build does then.
struct FolderCalls: Sendable {
  /// Swaps two existing paths in one atomic step.
  var exchange: @Sendable (_ first: String, _ second: String) -> Int32
  /// Renames `from` to `to`; fails if `to` is a folder that is not empty.
  var rename: @Sendable (_ from: String, _ to: String) -> Int32
  /// Removes a folder and everything in it.
  var removeTree: @Sendable (_ path: String) -> Int32

  /// The real calls.
  static let system = FolderCalls(
    exchange: systemExchange,
    rename: { from, to in Glibc.rename(from, to) == 0 ? 0 : errno },
    removeTree: { path in
      do {
        try FileManager.default.removeItem(atPath: path)
        return 0
      } catch {
        return FileProblem(error)?.code ?? EIO
      }
    })

  /// `renameat2(…, RENAME_EXCHANGE)` on Linux (3.15 and later; ext4, XFS, Btrfs, tmpfs and
  /// others). Elsewhere, or on a file system without it, the error number says so and the
  /// caller falls back to two renames (`exchangeUnsupported`).
  static let systemExchange: @Sendable (String, String) -> Int32 = { first, second in
    #if os(Linux)
      let result = renameat2(
        BOARDPACK_AT_FDCWD, first, BOARDPACK_AT_FDCWD, second, UInt32(BOARDPACK_RENAME_EXCHANGE))
      return result == 0 ? 0 : errno
    #else
      return ENOTSUP
    #endif
  }

  /// The errors that mean "this system or file system cannot exchange", as opposed to a real
  /// failure (permission, a missing path): EINVAL (the file system does not know the flag, as
  /// on some network shares), ENOSYS (a kernel without `renameat2`), ENOTSUP/EOPNOTSUPP.
  static func exchangeUnsupported(_ code: Int32) -> Bool {
    code == EINVAL || code == ENOSYS || code == ENOTSUP || code == EOPNOTSUPP
  }
}
