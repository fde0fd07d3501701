import IndicatorModel

/// Collects diagnostics while a pack loads; every reader writes to the same log.
///
/// A file lists its first `listedPerFile` diagnostics; the rest are counted, not written, and
/// one closing line per file says how many there were. Messages are built only for the lines
/// listed (they are autoclosures), so a file of a million bad rows costs its parse, not a
/// million messages and suggestions.
final class DiagnosticLog {
  /// The most diagnostics listed for one file.
  static let listedPerFile = 100

  private var listed: [Diagnostic] = []
  private var listedByFile: [String: Int] = [:]
  /// Per file: where the first unlisted diagnostic was, and how many errors and warnings.
  private var unlisted: [String: (first: SourceLocation, errors: Int, warnings: Int)] = [:]
  private var fileOrder: [String] = []

  func error(_ message: @autoclosure () -> String, at location: SourceLocation) {
    add(.error, message, at: location)
  }

  func warning(_ message: @autoclosure () -> String, at location: SourceLocation) {
    add(.warning, message, at: location)
  }

  private func add(
    _ severity: Diagnostic.Severity, _ message: () -> String, at location: SourceLocation
  ) {
    let file = location.file
    let count = listedByFile[file, default: 0]
    if count < Self.listedPerFile {
      listedByFile[file] = count + 1
      listed.append(Diagnostic(severity, at: location, message()))
      return
    }
    if unlisted[file] == nil {
      unlisted[file] = (location, 0, 0)
      fileOrder.append(file)
    }
    if severity == .error {
      unlisted[file]!.errors += 1
    } else {
      unlisted[file]!.warnings += 1
    }
  }

  /// Diagnostics collected elsewhere (a file read on another thread, with a log of its own,
  /// already limited), kept in their order after those already here.
  func append(_ diagnostics: [Diagnostic]) {
    listed.append(contentsOf: diagnostics)
  }

  /// Every diagnostic in the order found, then one line per file with unlisted ones.
  var items: [Diagnostic] {
    listed
      + fileOrder.flatMap { file -> [Diagnostic] in
        let (first, errors, warnings) = unlisted[file]!
        return [
          errors > 0 ? Self.unlistedLine(.error, errors, at: first) : nil,
          warnings > 0 ? Self.unlistedLine(.warning, warnings, at: first) : nil,
        ].compactMap { $0 }
      }
  }

  private static func unlistedLine(
    _ severity: Diagnostic.Severity, _ count: Int, at location: SourceLocation
  ) -> Diagnostic {
    let noun = severity == .error ? "error" : "warning"
    let number = NumberFormat.format(Double(count), decimals: 0)
    return Diagnostic(
      severity, at: location,
      "\(number) more \(noun)\(count == 1 ? "" : "s") in this file from here on are not listed (the first \(listedPerFile) are); fix those and run boardpack check again",
      problemCount: count)
  }

  /// By file, line and column; ties keep the order they were found in.
  func sorted() -> [Diagnostic] {
    items.enumerated().sorted { a, b in
      let (x, y) = (a.element.location, b.element.location)
      if x.file != y.file { return x.file < y.file }
      if x.line != y.line { return x.line < y.line }
      if x.column != y.column { return x.column < y.column }
      return a.offset < b.offset
    }.map(\.element)
  }
}
