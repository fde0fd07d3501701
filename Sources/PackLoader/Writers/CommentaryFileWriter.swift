import Foundation
import IndicatorModel

#if canImport(Glibc)
  import Glibc
#endif

/// Creates a period's commentary file in the pack from a request (`boardpack commentary`).
///
/// Owners fill the file in by hand, so it is never written over one the period already has
/// (`<slug>.yaml` or `<slug>.yml`, which the loader reads alike). It is written only inside the
/// pack folder, and never half: the text goes to a hidden temporary file beside it (hidden, so
/// the loader skips it) that is then renamed into place, so a failure leaves no file at all.
public enum CommentaryFileWriter {
  /// Writes `commentary/<period-slug>.yaml` into the pack folder `directory` and returns its
  /// path as the user would type it (`Indicators/commentary/2014-15-q1.yaml`). A problem is
  /// thrown as an error naming the file, and nothing is written.
  public static func create(_ request: CommentaryRequest, inPack directory: String)
    throws(Diagnostic) -> String
  {
    let name = "\(request.period.slug).yaml"
    let relative = "commentary/\(name)"
    let path = (directory.hasSuffix("/") ? directory : directory + "/") + relative
    let folderPath = (path as NSString).deletingLastPathComponent
    func failure(_ message: String, at file: String = path) -> Diagnostic {
      .error(message, at: SourceLocation(file: file))
    }
    guard let folder = PackFolder(directory: directory) else {
      throw failure("pack folder not found", at: directory)
    }
    switch folder.place(of: "commentary") {
    case .outside(let target):
      throw failure(
        "the commentary folder leads outside the pack folder (to \(UserText.shown(target, upTo: .max))); a pack's files are written only inside its folder",
        at: folderPath)
    case .special:
      throw failure("the commentary folder is not a folder", at: folderPath)
    case .inside, .missing:
      break
    }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folderPath)) ?? []
    if let existing = names.first(where: { isCommentaryFile($0, slug: request.period.slug) }) {
      throw failure(
        "the commentary file for \(request.period.label) already exists; boardpack commentary never writes over one (move it aside to write a new request, or use --owner NAME to print one owner's part)",
        at: "\(folderPath)/\(existing)")
    }
    let text: String
    do {
      text = try request.yaml()
    } catch {
      throw failure("cannot write the request as YAML: \(error)")
    }
    let temporary = "\(folderPath)/.\(name).\(ProcessInfo.processInfo.processIdentifier).tmp"
    do {
      try FileManager.default.createDirectory(
        atPath: folderPath, withIntermediateDirectories: true)
      try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
      guard rename(temporary, path) == 0 else {
        throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
      }
    } catch {
      try? FileManager.default.removeItem(atPath: temporary)
      let reason = FileProblem(error)?.reason(at: path) ?? FileProblem.describe(error)
      throw failure("cannot write the commentary file: \(reason); nothing was written")
    }
    return path
  }

  /// Whether a file in `commentary/` is the period's: named after its slug, as the loader reads
  /// it (`.yaml` or `.yml` in any case), hidden files aside.
  static func isCommentaryFile(_ name: String, slug: String) -> Bool {
    let base = (name as NSString).deletingPathExtension
    let ext = (name as NSString).pathExtension.lowercased()
    return !name.hasPrefix(".") && base == slug && (ext == "yaml" || ext == "yml")
  }
}
