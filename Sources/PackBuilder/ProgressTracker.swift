import Foundation

/// Counts the units of a build as steps finish them, from any thread, and reports each change.
final class ProgressTracker: @unchecked Sendable {
  private let lock = NSLock()
  private let report: @Sendable (BuildProgress) -> Void
  private var totals: [String: Int]
  private var counts: [String: Int] = [:]
  private var done = 0
  private var total: Int

  /// `totals`: each step's number of units.
  init(totals: [String: Int], report: @escaping @Sendable (BuildProgress) -> Void) {
    self.totals = totals
    self.total = totals.values.reduce(0, +)
    self.report = report
  }

  /// Adds a step (or changes its size) once it is known, e.g. the outputs after assessment.
  func expect(_ step: String, units: Int) {
    lock.lock()
    total += units - (totals[step] ?? 0)
    totals[step] = units
    lock.unlock()
  }

  /// A step began: shown before its first unit is done.
  func started(_ step: String) { send(step, advance: 0) }

  /// One more unit of `step` is done.
  func advance(_ step: String) { send(step, advance: 1) }

  private func send(_ step: String, advance: Int) {
    lock.lock()
    let stepDone = (counts[step] ?? 0) + advance
    counts[step] = stepDone
    done += advance
    let progress = BuildProgress(
      step: step, stepDone: stepDone, stepTotal: totals[step] ?? 1, done: done, total: total)
    // Reported under the lock so the numbers reach the display in the order they were counted.
    report(progress)
    lock.unlock()
  }

  /// The tracker as one step sees it.
  func step(_ name: String) -> StepProgress { StepProgress(tracker: self, name: name) }
}

/// A step's handle on the progress display: it says when one more unit of its work is done.
struct StepProgress: Sendable {
  let tracker: ProgressTracker
  let name: String

  func advance() { tracker.advance(name) }
}
