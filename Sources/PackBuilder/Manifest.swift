import Crypto
import Foundation

/// One file and its SHA-256, as the manifest lists it.
public struct FileDigest: Hashable, Sendable {
  /// Relative to the pack folder (inputs) or the output folder (outputs), with `/`.
  public var path: String
  public var sha256: String
  public var bytes: Int

  public init(path: String, data: Data) {
    self.init(path: path, sha256: SHA256.hash(data: data), bytes: data.count)
  }

  init(path: String, sha256 digest: SHA256.Digest, bytes: Int) {
    self.path = path
    self.sha256 = digest.map { String(format: "%02x", $0) }.joined()
    self.bytes = bytes
  }
}

/// `manifest.json`: which boardpack built the pack, from which inputs, into which outputs —
/// so a scrutiny committee can check which data a pack was built from (design §6.6).
struct Manifest {
  var version: String
  var packID: String
  var period: String
  var inputs: [FileDigest]
  var outputs: [FileDigest]

  /// Sorted keys and paths, so the same build gives the same bytes.
  func jsonData() throws -> Data {
    func list(_ files: [FileDigest]) -> [[String: Any]] {
      files.sorted { $0.path < $1.path }.map {
        ["path": $0.path, "sha256": $0.sha256, "bytes": $0.bytes]
      }
    }
    let object: [String: Any] = [
      "generator": ["name": "boardpack", "version": version],
      "pack": packID,
      "period": period,
      "inputs": list(inputs),
      "outputs": list(outputs),
    ]
    var data = try JSONSerialization.data(
      withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    data.append(0x0A)
    return data
  }

  /// Every file under a folder, as digests with paths relative to it (hidden files skipped),
  /// leaving out the folders in `excluded` — the build's output folder, when it lies inside the
  /// pack folder (`--output` under `--pack`): earlier packs are outputs, not inputs, and
  /// hashing them made each build's manifest differ from the last (and read the 700 MB of a
  /// 500-indicator pack again).
  static func digests(under folder: URL, prefix: String = "", excluding excluded: [URL] = [])
    throws -> [FileDigest]
  {
    let skipped = Set(excluded.map { $0.standardizedFileURL.resolvingSymlinksInPath().path })
    let manager = FileManager.default
    guard
      let walker = manager.enumerator(
        at: folder, includingPropertiesForKeys: [.isRegularFileKey],
        options: [.skipsHiddenFiles])
    else { return [] }
    var files: [FileDigest] = []
    let base = folder.standardizedFileURL.path
    for case let url as URL in walker {
      if skipped.contains(url.standardizedFileURL.resolvingSymlinksInPath().path) {
        walker.skipDescendants()
        continue
      }
      guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else {
        continue
      }
      var relative = String(url.standardizedFileURL.path.dropFirst(base.count))
      if relative.hasPrefix("/") { relative.removeFirst() }
      files.append(FileDigest(path: prefix + relative, data: try Data(contentsOf: url)))
    }
    return files.sorted { $0.path < $1.path }
  }
}
