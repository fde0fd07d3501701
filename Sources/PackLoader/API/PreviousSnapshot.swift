import Crypto
import Foundation
import IndicatorModel

/// The last pack's `snapshot.json` (issue 20), which the build, `assess`, `changes` and `email`
/// compare the pack with. Found in the output folder beside the pack being built, or given with
/// `--since DIR`.
public struct PreviousSnapshot: Sendable {
  /// The file as the user knows it: `Output/stockport-cyp/2013-14-q3/snapshot.json`.
  public var path: String
  /// As the manifest lists it: relative to the new pack's folder when found beside it
  /// (`../2013-14-q3/snapshot.json`), else the path given.
  public var manifestPath: String
  /// The period its folder is named for, when it is.
  public var period: Period?
  public var data: Data
  /// Lower-case hex SHA-256 of `data`.
  public var sha256: String

  /// The name of the file in every period folder.
  public static let fileName = "snapshot.json"

  /// The last pack's snapshot: the one `--since` names (`since`), else the latest earlier one
  /// in the output folder; nil when there is none.
  public static func find(since: String?, output: String, packID: String, before period: Period)
    throws(PreviousSnapshotError) -> PreviousSnapshot?
  {
    if let since { return try given(since) }
    return latest(output: output, packID: packID, before: period)
  }

  /// The snapshot in `<output>/<packID>/<slug>/` of the latest period that ends before
  /// `period` does; nil when there is none. A folder named for no period of `period`'s
  /// periodicity, a hidden one (a build's staging folder) or one without a snapshot is passed
  /// over; an unreadable file is returned as found, for the comparison to say so.
  public static func latest(output: String, packID: String, before period: Period)
    -> PreviousSnapshot?
  {
    let parent = join(output, packID)
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent) else {
      return nil
    }
    let candidates = names.compactMap { name -> (Period, String)? in
      guard !name.hasPrefix("."),
        let folderPeriod = CommentaryFileReader.period(
          forSlug: name, periodicities: [period.periodicity]),
        folderPeriod.end < period.end,
        FileManager.default.fileExists(atPath: join(join(parent, name), fileName))
      else { return nil }
      return (folderPeriod, name)
    }
    guard let (found, name) = candidates.max(by: { $0.0 < $1.0 }) else { return nil }
    let path = join(join(parent, name), fileName)
    let data = FileManager.default.contents(atPath: path) ?? Data()
    return PreviousSnapshot(
      path: path, manifestPath: "../\(name)/\(fileName)", period: found, data: data)
  }

  /// `--since DIR`: the snapshot in the period folder `DIR` (or the file `DIR` itself).
  /// Throws `PreviousSnapshotError` when there is none to read.
  public static func given(_ path: String) throws(PreviousSnapshotError) -> PreviousSnapshot {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw PreviousSnapshotError(path: path, problem: .notFound)
    }
    let file = isFolder.boolValue ? join(path, fileName) : path
    guard FileManager.default.fileExists(atPath: file) else {
      throw PreviousSnapshotError(path: path, problem: .noSnapshot)
    }
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: file))
    } catch {
      throw PreviousSnapshotError(
        path: file, problem: .cannotRead(FileProblem(error) ?? FileProblem(code: EIO)))
    }
    let folder = isFolder.boolValue ? path : (path as NSString).deletingLastPathComponent
    let slug = (folder as NSString).lastPathComponent
    let period = CommentaryFileReader.period(forSlug: slug, periodicities: Periodicity.allCases)
    return PreviousSnapshot(path: file, manifestPath: file, period: period, data: data)
  }

  init(path: String, manifestPath: String, period: Period?, data: Data) {
    self.path = path
    self.manifestPath = manifestPath
    self.period = period
    self.data = data
    sha256 = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
  }

  static func join(_ folder: String, _ name: String) -> String {
    if folder.isEmpty { return name }
    return folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }
}

/// Why `--since` names no snapshot to compare with.
public struct PreviousSnapshotError: Error, Equatable, Sendable, CustomStringConvertible {
  public var path: String
  public var problem: Problem

  public enum Problem: Equatable, Sendable {
    case notFound
    case noSnapshot
    case cannotRead(FileProblem)
  }

  /// `--since Output/x/2013-14-q3: error: …`.
  public var description: String {
    switch problem {
    case .notFound:
      "\(path): error: --since names no such folder; give the period folder of the pack to "
        + "compare with, such as Output/<pack-id>/2013-14-q3"
    case .noSnapshot:
      "\(path): error: --since names a folder with no \(PreviousSnapshot.fileName); give the "
        + "period folder of a pack built by this boardpack, such as Output/<pack-id>/2013-14-q3"
    case .cannotRead(let problem):
      "\(path): error: cannot read the snapshot to compare with: \(problem.reason(at: path))"
    }
  }
}
