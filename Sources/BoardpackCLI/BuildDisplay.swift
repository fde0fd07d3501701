import Foundation
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
final class ProgressLine: @unchecked Sendable {
  private let lock = NSLock()
  private let clock = ContinuousClock()
  private var lastDrawn: ContinuousClock.Instant?
  private var isShown = false

  func show(_ progress: BuildProgress) {
    lock.lock()
    defer { lock.unlock() }
    let now = clock.now
    if let lastDrawn, now - lastDrawn < .milliseconds(50), progress.done < progress.total {
      return
    }
    lastDrawn = now
    isShown = true
    // Carriage return and "erase line": the new text replaces the old in place.
    write("\r\u{1B}[K" + progress.description)
  }

  /// Removes the line, so what is printed next starts on a clean line.
  func clear() {
    lock.lock()
    defer { lock.unlock() }
    if isShown { write("\r\u{1B}[K") }
    isShown = false
  }

  private func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}
