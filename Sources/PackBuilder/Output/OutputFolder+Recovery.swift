import Foundation
import IndicatorModel

#if canImport(Glibc)
  import Glibc
#endif

extension OutputFolder {
  /// Puts back the last good pack that a build stopped between the fallback's two renames left
  /// under the aside name, with nothing at the destination (`commit`). Runs first, under the
  /// lock, so whatever this build does next — fail, be killed — the last good pack is in place.
  /// An aside is never removed here; `commit` removes one only once a newer pack is in place.
  ///
  /// Earlier versions named the aside `.<slug>.building-<pid>.previous`; one of those is put
  /// back too when it is all there is.
  func restorePrevious() throws {
    guard !Self.exists(destinationPath) else { return }
    let legacy = siblings().filter { Self.isLegacyAside($0, slug: slug) }.sorted()
    let candidates = [asidePath] + legacy.map { Self.join(parentPath, $0) }
    guard let previous = candidates.first(where: Self.exists) else { return }
    let code = calls.rename(previous, destinationPath)
    guard code == 0 else {
      let problem = FileProblem(code: code)
      throw BuildError.output(
        path: destinationPath, action: "put back the previous pack from \"\(previous)\"",
        reason: problem.reason(at: destinationPath),
        advice: "rename \"\(previous)\" to \"\(destinationPath)\" by hand, then build again")
    }
  }

  /// Removes the staging folders of builds that were killed before they could clean up
  /// (`.<slug>.building-<pid>` whose process is gone): they are never the last good pack,
  /// only litter — at most the previous pack that an exchange had already replaced. Only names
  /// of exactly that form are touched: never an aside (`.<slug>.previous`, nor the older
  /// `.<slug>.building-<pid>.previous`).
  func removeAbandonedStaging() {
    let ownPID = getpid()
    for name in siblings() {
      guard let pid = Self.stagingPID(name, slug: slug), pid != ownPID, !Self.isRunning(pid)
      else { continue }
      _ = calls.removeTree(Self.join(parentPath, name))
    }
  }

  /// The process id in a staging folder's name, `.<slug>.building-<digits>` and nothing more.
  static func stagingPID(_ name: String, slug: String) -> Int32? {
    let prefix = ".\(slug).building-"
    guard name.hasPrefix(prefix) else { return nil }
    let digits = name.dropFirst(prefix.count)
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return Int32(digits)
  }

  /// Whether `name` is an aside of an earlier version, `.<slug>.building-<digits>.previous`.
  static func isLegacyAside(_ name: String, slug: String) -> Bool {
    guard name.hasSuffix(".previous") else { return false }
    return stagingPID(String(name.dropLast(".previous".count)), slug: slug) != nil
  }

  /// Whether a process with this id exists (signal 0 checks without sending anything).
  static func isRunning(_ pid: Int32) -> Bool {
    kill(pid, 0) == 0 || errno == EPERM
  }

  /// The names in `<output>/<pack-id>`.
  func siblings() -> [String] {
    (try? FileManager.default.contentsOfDirectory(atPath: parentPath)) ?? []
  }
}
