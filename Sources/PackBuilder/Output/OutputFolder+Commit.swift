import Foundation
import IndicatorModel

#if canImport(Glibc)
  import Glibc
#endif

extension OutputFolder {
  /// Puts the staged pack in place and removes the previous one; returns warnings for what it
  /// could not clean up (the build succeeded all the same).
  ///
  /// Where the file system can, the staging folder and the pack in place are exchanged in one
  /// atomic step (`renameat2` with `RENAME_EXCHANGE`): at every moment one complete pack is at
  /// the destination, and the old one, now under the staging name, is removed after. Where it
  /// cannot (macOS, some network shares), two renames: the old pack to the aside name
  /// `.<slug>.previous`, the new one in. A build stopped between them leaves no pack at the
  /// destination, and the next build puts the aside back first (`restorePrevious`).
  ///
  /// Throws `BuildError.output` when the new pack cannot be put in place; the previous pack is
  /// then where it was.
  func commit() throws -> [String] {
    try keepEarlierSendLog()
    var old: String? = nil
    if !Self.exists(destinationPath) {
      let code = calls.rename(stagingPath, destinationPath)
      guard code == 0 else { throw placeFailure(code) }
    } else {
      let code = calls.exchange(stagingPath, destinationPath)
      if code == 0 {
        old = stagingPath
      } else if FolderCalls.exchangeUnsupported(code) {
        try renameInTwoSteps()
        old = asidePath
      } else {
        throw placeFailure(code)
      }
    }
    // The new pack is in place: the old one, and an aside a stopped build left beside a pack
    // (it is older than the one now in place), are only litter.
    var warnings: [String] = []
    for leftover in Set([old, asidePath].compactMap { $0 }).sorted()
    where Self.exists(leftover) {
      let code = calls.removeTree(leftover)
      if code != 0 {
        warnings.append(
          "\(destinationPath): warning: the new pack is in place, but the previous one could "
            + "not be removed (\(FileProblem(code: code).words)): delete the folder "
            + "\"\(leftover)\"")
      }
    }
    return warnings
  }

  /// Earlier versions kept `boardpack email`'s send log and drafts in the period folder
  /// (`<slug>/email/`), which the swap replaces: they are moved, with one rename, to
  /// `<pack-id>/email/<slug>/earlier-version/` beside the send log of today, where `email`
  /// still reads them, so an upgrade never makes it send to every partner again.
  func keepEarlierSendLog() throws {
    let earlier = Self.join(destinationPath, "email")
    guard Self.exists(earlier) else { return }
    let folder = Self.join(Self.join(Self.join(parentPath, "email"), slug), "earlier-version")
    var target = folder
    var number = 1
    while Self.exists(target) {
      number += 1
      target = "\(folder)-\(number)"
    }
    let code =
      Self.makeFolders((target as NSString).deletingLastPathComponent).map(\.problem.code)
      ?? calls.rename(earlier, target)
    guard code == 0 else {
      let problem = FileProblem(code: code)
      throw BuildError.output(
        path: earlier, action: "move the send log of an earlier version to \"\(target)\"",
        reason: problem.reason(at: target),
        advice:
          "move the folder there by hand and build again; the previous pack was left as it was")
    }
  }

  /// The fallback: the pack in place renamed to the aside name, the new one renamed in.
  private func renameInTwoSteps() throws {
    if Self.exists(asidePath) {
      // Left by a build stopped after its new pack went in: older than the pack in place.
      let code = calls.removeTree(asidePath)
      guard code == 0 else {
        let problem = FileProblem(code: code)
        throw BuildError.output(
          path: destinationPath, action: "remove the old aside folder \"\(asidePath)\"",
          reason: problem.reason(at: asidePath),
          advice: "delete it and build again; the previous pack was left as it was")
      }
    }
    var code = calls.rename(destinationPath, asidePath)
    guard code == 0 else { throw placeFailure(code) }
    code = calls.rename(stagingPath, destinationPath)
    guard code == 0 else {
      let putBack = calls.rename(asidePath, destinationPath) == 0
      let problem = FileProblem(code: code)
      throw BuildError.output(
        path: destinationPath, action: "move the new pack into place",
        reason: problem.reason(at: destinationPath),
        advice: problem.advice
          + (putBack
            ? "; the previous pack was left as it was"
            : "; the previous pack is in \"\(asidePath)\", and the next build puts it back"))
    }
  }

  /// The new pack could not be put in place; the previous one is untouched.
  private func placeFailure(_ code: Int32) -> BuildError {
    let problem = FileProblem(code: code)
    return BuildError.output(
      path: destinationPath, action: "move the new pack into place",
      reason: problem.reason(at: destinationPath),
      advice: problem.advice + "; the previous pack was left as it was")
  }
}
