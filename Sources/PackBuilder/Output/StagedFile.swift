import Foundation
import IndicatorModel

#if canImport(Glibc)
  import Glibc
#endif

/// One output file being written into the staging folder, through the POSIX calls.
///
/// Not `Data.write(to:)`: Foundation's version calls `fsync` on every file it writes, one wait
/// for the disk per chart file.
///
/// Nothing is forced to disk, as with other build tools' outputs: the pack is derived from the
/// pack folder and rebuilt in seconds. The staging folder and the exchange in
/// `OutputFolder.commit` keep a failed, killed or crashed build from leaving a mix of two
/// packs; only a power cut within seconds of a build could leave files the disk had not yet
/// received, which the next build replaces. Even one `syncfs` of the staged folder costs a
/// large build seconds of waiting for the disk (docs/performance.md, "The build").
struct StagedFile {
  /// A file that could not be created or written, with the system's reason.
  struct Failure: Error, CustomStringConvertible {
    /// The file as the user knows it (`Output/stockport-cyp/2013-14-q4/pack.pdf`).
    let shown: String
    let problem: FileProblem

    var description: String {
      "cannot write \(shown): \(problem.reason(at: shown)); \(problem.advice)"
    }
  }

  let path: String
  /// The file as the user knows it, for messages: the pack folder's name, not the staging one.
  let shown: String
  private let descriptor: Int32

  /// Creates (or empties) the file at `path`. `O_NOFOLLOW`: a symbolic link put in the staging
  /// folder is never written through.
  init(creating path: String, shown: String) throws {
    self.path = path
    self.shown = shown
    descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
    guard descriptor >= 0 else {
      throw Failure(shown: shown, problem: FileProblem(code: errno))
    }
  }

  /// Writes all of `data`, however many calls the system needs.
  func write(_ data: Data) throws {
    try data.withUnsafeBytes { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          throw Failure(shown: shown, problem: FileProblem(code: errno))
        }
        offset += written
      }
    }
  }

  func close() {
    _ = Glibc.close(descriptor)
  }
}
