import IndicatorModel

/// Counts the units of a build as steps finish them, from any thread, and reports each change.
final class ProgressTracker: Sendable {
  /// What has been counted, changed by one thread at a time.
  private struct State: Sendable {
    /// Each step's number of units.
    var totals: [String: Int]
    /// Each step's units done so far.
    var counts: [String: Int] = [:]
    /// Units of the whole build done, and its total.
    var done = 0
    var total: Int
  }

  private let state: Locked<State>
  private let report: @Sendable (BuildProgress) -> Void

  /// `totals`: each step's number of units.
  init(totals: [String: Int], report: @escaping @Sendable (BuildProgress) -> Void) {
    state = Locked(State(totals: totals, total: totals.values.reduce(0, +)))
    self.report = report
  }

  /// Adds a step (or changes its size) once it is known, e.g. the outputs after assessment.
  func expect(_ step: String, units: Int) {
    state.withLock { state in
      state.total += units - (state.totals[step] ?? 0)
      state.totals[step] = units
    }
  }

  /// A step began: shown before its first unit is done.
  func started(_ step: String) { send(step, advance: 0) }

  /// One more unit of `step` is done.
  func advance(_ step: String) { send(step, advance: 1) }

  private func send(_ step: String, advance: Int) {
    state.withLock { state in
      let stepDone = (state.counts[step] ?? 0) + advance
      state.counts[step] = stepDone
      state.done += advance
      // Reported under the lock so the numbers reach the display in the order they were counted.
      report(
        BuildProgress(
          step: step, stepDone: stepDone, stepTotal: state.totals[step] ?? 1, done: state.done,
          total: state.total))
    }
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
