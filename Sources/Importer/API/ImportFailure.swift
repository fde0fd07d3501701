import IndicatorModel

/// Why an import stopped before writing anything: every problem found, each located in the
/// export or the pack where possible.
public struct ImportFailure: StepFailure, Sendable {
  /// The errors, in file order.
  public var diagnostics: [Diagnostic]
  /// The step that stopped (set by `Importer.run`).
  public var step: ImportStep?

  /// Creates a failure from errors.
  public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

  /// A single error.
  public init(_ message: String, at location: SourceLocation) {
    self.init([.error(message, at: location)])
  }
}
