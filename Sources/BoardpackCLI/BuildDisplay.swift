import Foundation
import IndicatorModel
import PackBuilder

#if canImport(Glibc)
  import Glibc
#endif

/// How `boardpack build` talks while it works (issue 8): on a terminal, one line on standard
/// error that updates in place; in a pipe or on CI, nothing until the plain summary at the end
/// (a log wants lines, not carriage returns); with `--quiet`, only errors and warnings.
enum BuildDisplay: Equatable {
  case terminal
  case plain
  case quiet

  /// `--quiet` wins; else a terminal on standard error, unless `CI` is set or `TERM` is `dumb`.
  static func detect(quiet: Bool, environment: [String: String]) -> BuildDisplay {
    if quiet { return .quiet }
    let isTerminal = isatty(STDERR_FILENO) == 1
    if isTerminal, environment["CI"] == nil, environment["TERM"] != "dumb" { return .terminal }
    return .plain
  }
}

/// The updating progress line: `[20/64] charts 12/42`, redrawn at most 20 times a second (and
/// always for the last unit), from whichever thread finished the unit.
final class ProgressLine: Sendable {
  /// When the line was last drawn, and whether it is on the screen.
  private struct State: Sendable {
    var lastDrawn: ContinuousClock.Instant?
    var isShown = false
  }

  private let clock = ContinuousClock()
  private let state = Locked(State())

  func show(_ progress: BuildProgress) {
    state.withLock { state in
      let now = clock.now
      if let lastDrawn = state.lastDrawn, now - lastDrawn < .milliseconds(50),
        progress.done < progress.total
      {
        return
      }
      state.lastDrawn = now
      state.isShown = true
      // Carriage return and "erase line": the new text replaces the old in place.
      write("\r\u{1B}[K" + progress.description)
    }
  }

  /// Removes the line, so what is printed next starts on a clean line.
  func clear() {
    state.withLock { state in
      if state.isShown { write("\r\u{1B}[K") }
      state.isShown = false
    }
  }

  private func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}
