import Foundation
import IndicatorModel

/// The pack's `data/*.csv` files, each read and checked on its own core.
///
/// Files are independent until duplicates across files are looked for, so each is parsed into
/// its own slot with its own diagnostic log; the caller merges the slots in file order, which
/// gives the same observations and the same diagnostics, in the same order, as reading the
/// files one after another. Parsing them is most of the load of a pack of many data files.
struct DataFileBatch: Sendable {
  /// The valid indicators by id.
  let indicators: [String: Indicator]
  /// Ids of indicator files that had errors (their rows are skipped quietly).
  let brokenIndicators: Set<String>
  /// The pack's areas; nil when pack.yaml could not be read.
  let areas: AreaDirectory?

  /// What one file gave: its rows that passed the checks and its diagnostics in the order found.
  struct Outcome: Sendable {
    let path: String
    let observations: [Observation]
    let diagnostics: [Diagnostic]
    /// The file's size and SHA-256, when it could be read.
    var bytes: FileBytes? = nil
  }

  /// Every file's outcome, in the order of `paths`, however the work was scheduled.
  func read(_ paths: [String]) -> [Outcome] {
    paths.concurrentMap { read($0) }
  }

  func read(_ path: String) -> Outcome {
    let log = DiagnosticLog()
    guard let file = TextFile.read(path: path, log: log) else {
      return Outcome(path: path, observations: [], diagnostics: log.items)
    }
    let reader = DataFileReader(
      file: file, log: log, indicators: indicators, brokenIndicators: brokenIndicators,
      areas: areas)
    let observations = reader.read()
    return Outcome(
      path: file.path, observations: observations, diagnostics: log.items, bytes: file.digest)
  }
}
