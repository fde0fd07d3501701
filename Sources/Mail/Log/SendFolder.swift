import Foundation
import IndicatorModel

/// Where `boardpack email` keeps what it must not lose for one pack and period: the send log,
/// the dry-run drafts and the lock, in `<output>/<pack-id>/email/<period-slug>/`.
///
/// Not inside `<output>/<pack-id>/<period-slug>/`, which every build replaces whole: a build
/// killed between its two renames, or one that commits while `email` appends, would lose the
/// record of what was sent, and the next run would send every message again. A pack id is
/// `[a-z0-9-]+` and a period slug starts with a digit, so `email` is never a period's folder.
public struct SendFolder: Hashable, Sendable {
  /// The output folder as given (`Output`); paths built from it stay relative when it is.
  public var output: String
  /// The pack's id.
  public var pack: String
  /// The reporting period.
  public var period: Period

  /// The folder for this pack and period under `output`.
  public init(output: String, pack: String, period: Period) {
    self.output = output
    self.pack = pack
    self.period = period
  }

  /// The period's slug: `2013-14-q4`.
  public var periodSlug: String { period.slug }

  /// `<output>/<pack-id>/email/<period-slug>`.
  public var path: String {
    Self.join(output, Self.safe(pack), "email", Self.safe(periodSlug))
  }

  /// The send log: `…/sent.jsonl`.
  public var log: String { Self.join(path, "sent.jsonl") }

  /// The lock file of a running `email`: `…/.lock`.
  public var lock: String { Self.join(path, ".lock") }

  /// A recipient group's dry-run draft: `…/<group>.eml`.
  public func draft(group: String) -> String {
    Self.join(path, "\(Self.safe(group)).eml")
  }

  /// The send log at `log`, reading the `legacyLogs()` as well.
  public func sendLog() -> SendLog {
    SendLog(
      url: URL(fileURLWithPath: log), legacy: legacyLogs().map { URL(fileURLWithPath: $0) })
  }

  /// Send logs where earlier versions kept them, read but never written: the period folder's
  /// `email/sent.jsonl`; the same in any folder a build set aside or staged beside it
  /// (`.<period-slug>.previous`, `.<period-slug>.building-<pid>[.previous]`), which is where a
  /// build killed between its two renames left the only copy; and `earlier-version*/` here,
  /// where a build moves the period folder's `email/` before replacing the folder. Only those
  /// that exist, in name order.
  public func legacyLogs() -> [String] {
    let packFolder = Self.join(output, Self.safe(pack))
    let staged = ".\(periodSlug).building-"
    let names = (try? FileManager.default.contentsOfDirectory(atPath: packFolder)) ?? []
    let folders =
      [Self.safe(periodSlug), ".\(periodSlug).previous"]
      + names.filter { $0.hasPrefix(staged) }.sorted()
    let moved = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
      .filter { $0.hasPrefix("earlier-version") }.sorted()
    return
      (folders.map { Self.join(packFolder, $0, "email", "sent.jsonl") }
      + moved.map { Self.join(path, $0, "sent.jsonl") }).filter {
        FileManager.default.fileExists(atPath: $0)
      }
  }

  /// Path components joined with `/`, as given (no resolving against the current folder).
  static func join(_ parts: String...) -> String {
    parts.dropFirst().reduce(parts[0]) { ($0 as NSString).appendingPathComponent($1) }
  }

  /// Ids are `[a-z0-9-]+` in a valid pack; any other character becomes `_`, so a name can
  /// never leave its folder.
  static func safe(_ name: String) -> String {
    let safe = String(
      name.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") ? $0 : "_" })
    return safe.isEmpty ? "_" : safe
  }
}
