import Analysis
import Foundation
import IndicatorModel

/// What every step of a build can read.
struct BuildContext: Sendable {
  let pack: Pack
  let assessment: Assessment
  let period: Period
  let request: BuildRequest
}

/// One named part of a build: it writes its files into the staging folder and returns them.
struct BuildStep: Sendable {
  let name: String
  let run: @Sendable (BuildContext, StagingWriter) throws -> Void
}

/// Writes files into the staging folder and remembers their digests; safe to share between
/// steps running at the same time (each file is written once, by one step).
final class StagingWriter: @unchecked Sendable {
  private let folder: OutputFolder
  private let lock = NSLock()
  private var written: [FileDigest] = []

  init(folder: OutputFolder) { self.folder = folder }

  func write(_ data: Data, to path: String) throws {
    try folder.write(data, to: path)
    let digest = FileDigest(path: path, data: data)
    lock.lock()
    written.append(digest)
    lock.unlock()
  }

  var files: [FileDigest] {
    lock.lock()
    defer { lock.unlock() }
    return written.sorted { $0.path < $1.path }
  }
}
