/// A place in an input file: 1-based line and column.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
  /// The path as the user would type it, relative to where boardpack runs where possible.
  public var file: String
  public var line: Int
  public var column: Int

  public init(file: String, line: Int = 1, column: Int = 1) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:column`, the form editors and terminals link to.
  public var description: String { "\(UserText.shown(file, upTo: .max)):\(line):\(column)" }
}

/// A problem found in the pack, to be fixed by the person who edits it.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible, Error {
  public enum Severity: String, Sendable, Comparable {
    case error
    case warning

    public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
  }

  public var severity: Severity
  public var location: SourceLocation
  public var message: String
  /// How many problems the line reports: 1, or N for the line that says N more in a file were
  /// not listed (a file with thousands of errors lists its first 100).
  public var problemCount: Int

  public init(
    _ severity: Severity, at location: SourceLocation, _ message: String, problemCount: Int = 1
  ) {
    self.severity = severity
    self.location = location
    self.message = message
    self.problemCount = problemCount
  }

  public static func error(_ message: String, at location: SourceLocation) -> Diagnostic {
    Diagnostic(.error, at: location, message)
  }

  public static func warning(_ message: String, at location: SourceLocation) -> Diagnostic {
    Diagnostic(.warning, at: location, message)
  }

  /// `path:line:column: error: message`.
  public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

extension Array where Element == Diagnostic {
  /// Whether any of these stops the pack from being built.
  public var hasErrors: Bool { contains { $0.severity == .error } }

  /// The errors reported, counting those a file had beyond the ones listed.
  public var errorCount: Int { count(of: .error) }

  /// The warnings reported, counting those a file had beyond the ones listed.
  public var warningCount: Int { count(of: .warning) }

  private func count(of severity: Diagnostic.Severity) -> Int {
    reduce(0) { $0 + ($1.severity == severity ? $1.problemCount : 0) }
  }
}
