import Analysis
import Crypto
import Foundation
import IndicatorModel

/// What every step of a build can read.
struct BuildContext: Sendable {
  let pack: Pack
  let assessment: Assessment
  let period: Period
  let request: BuildRequest
  /// Whether this build writes the chart SVGs (the dashboard then inlines them, after them).
  let drawsChartSVGs: Bool
}

/// One named part of a build: it writes its files into the staging folder, saying as it goes
/// how many of its units of work (`units`, e.g. one per chart) are done. It starts once the
/// steps it comes `after` (those in this build) have finished.
struct BuildStep: Sendable {
  let id: BuildStepID
  let after: [BuildStepID]
  let units: @Sendable (BuildContext) -> Int
  let run: @Sendable (BuildContext, StepWriter, StepProgress) throws -> Void

  /// The step's name, as shown.
  var name: String { id.rawValue }

  /// A step of one unit (one document), counted done when `run` returns.
  init(
    _ id: BuildStepID, after: [BuildStepID] = [],
    run: @escaping @Sendable (BuildContext, StepWriter) throws -> Void
  ) {
    self.id = id
    self.after = after
    units = { _ in 1 }
    self.run = { context, writer, progress in
      try run(context, writer)
      progress.advance()
    }
  }

  init(
    _ id: BuildStepID, after: [BuildStepID] = [], units: @escaping @Sendable (BuildContext) -> Int,
    run: @escaping @Sendable (BuildContext, StepWriter, StepProgress) throws -> Void
  ) {
    self.id = id
    self.after = after
    self.units = units
    self.run = run
  }
}

/// A step's handle on the staging folder: what it writes is counted as its own.
struct StepWriter: Sendable {
  let writer: StagingWriter
  let step: BuildStepID

  func write(_ data: Data, to path: String) throws {
    try writer.write(data, to: path, by: step)
  }

  func stream(to path: String, _ produce: ((Data) throws -> Void) throws -> Void) throws {
    try writer.stream(to: path, by: step, produce)
  }

  func produce(
    _ path: String, _ produce: (_ file: String, _ shown: String, _ scratch: String) throws -> Void
  ) throws {
    try writer.produce(path, by: step, produce)
  }

  func recordInput(_ digest: FileDigest) { writer.recordInput(digest) }

  func read(_ path: String) -> Data? { writer.read(path) }
}

/// Writes files into the staging folder and remembers their digests; safe to share between
/// steps running at the same time (each file is written once, by one step). Every path is
/// checked to stay inside the folder (`OutputPath`) before anything is written.
final class StagingWriter: Sendable {
  private let folder: OutputFolder
  /// Digests of the files written and of the inputs steps read.
  private let written = Locked<[FileDigest]>([])
  private let recordedInputs = Locked<[FileDigest]>([])
  /// How many files each step wrote.
  private let counts = Locked<[BuildStepID: Int]>([:])

  init(folder: OutputFolder) { self.folder = folder }

  func write(_ data: Data, to path: String, by step: BuildStepID) throws {
    try folder.write(data, to: path)
    let digest = FileDigest(path: path, data: data)
    written.withLock { $0.append(digest) }
    counts.withLock { $0[step, default: 0] += 1 }
  }

  /// The number of files `step` wrote.
  func fileCount(of step: BuildStepID) -> Int { counts.withLock { $0[step] ?? 0 } }

  /// Writes one file from pieces as `produce` hands them over, so a large file (a large pack's
  /// assessment.json) is never held whole; its digest is taken as it goes.
  func stream(
    to path: String, by step: BuildStepID, _ produce: ((Data) throws -> Void) throws -> Void
  ) throws {
    let file = try folder.create(path)
    defer { file.close() }
    var hash = SHA256()
    var bytes = 0
    try produce { piece in
      try file.write(piece)
      hash.update(data: piece)
      bytes += piece.count
    }
    let digest = FileDigest(path: path, sha256: hash.finalize(), bytes: bytes)
    written.withLock { $0.append(digest) }
    counts.withLock { $0[step, default: 0] += 1 }
  }

  /// Lets a library that writes its file by name (libxlsxwriter) write `path`: `produce` gets
  /// the file's full path in the staging folder, its path as the user knows it (for messages),
  /// and a scratch folder for the library's temporary files inside the staging folder (never
  /// the system's `/tmp`, which may be memory), removed afterwards. The file's digest is then
  /// taken from what was written.
  func produce(
    _ path: String, by step: BuildStepID,
    _ produce: (_ file: String, _ shown: String, _ scratch: String) throws -> Void
  ) throws {
    let (file, shown) = try folder.reserve(path)
    let scratch = try folder.makeScratch(".\(step.rawValue).temporary")
    defer { folder.removeScratch(scratch) }
    try produce(file, shown, scratch)
    guard let data = try? Data(contentsOf: URL(fileURLWithPath: file), options: .alwaysMapped)
    else {
      throw StagedFile.Failure(shown: shown, problem: FileProblem(code: EIO))
    }
    written.withLock { $0.append(FileDigest(path: path, data: data)) }
    counts.withLock { $0[step, default: 0] += 1 }
  }

  /// Lists a file a step read (a template from `--templates`) among the manifest's inputs.
  func recordInput(_ digest: FileDigest) {
    recordedInputs.withLock { $0.append(digest) }
  }

  /// The inputs steps recorded, by path.
  var inputs: [FileDigest] {
    recordedInputs.withLock { $0 }.sorted { $0.path < $1.path }
  }

  /// A file this build has written already, read back from the staging folder.
  func read(_ path: String) -> Data? {
    folder.read(path)
  }

  var files: [FileDigest] {
    written.withLock { $0 }.sorted { $0.path < $1.path }
  }
}
