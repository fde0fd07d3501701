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

  /// A digest already taken (the loader hashes each input as it reads it).
  public init(path: String, sha256: String, bytes: Int) {
    self.path = path
    self.sha256 = sha256
    self.bytes = bytes
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
}
