import IndicatorModel

/// Collects diagnostics while a pack loads; every reader writes to the same log.
final class DiagnosticLog {
  private(set) var items: [Diagnostic] = []

  func error(_ message: String, at location: SourceLocation) {
    items.append(.error(message, at: location))
  }

  func warning(_ message: String, at location: SourceLocation) {
    items.append(.warning(message, at: location))
  }

  /// Diagnostics collected elsewhere (a file read on another thread, with a log of its own),
  /// kept in their order after those already here.
  func append(_ diagnostics: [Diagnostic]) {
    items.append(contentsOf: diagnostics)
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
