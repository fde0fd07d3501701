import IndicatorModel

/// Why `boardpack email` stopped, or why one partner's message could not be made: the step, the
/// file at fault where there is one, and a message a performance officer can act on.
public struct EmailFailure: StepFailure, Sendable, CustomStringConvertible {
  /// The step that failed (set by the step that ran the work).
  public var step: EmailStep?
  /// The file or folder at fault, as the user gave it; nil when none is.
  public var path: String?
  /// What went wrong and what to do, as it is printed: one or more lines, each beginning with
  /// the path where one applies (`Output/…/sent.jsonl:2: error: …`).
  public var message: String
  /// Whether the request itself is wrong (an unknown partner, a password file inside the pack):
  /// the command reports a usage error rather than a failure.
  public var isUsageError: Bool

  /// A failure; `step` is usually left for `EmailStep` to set.
  public init(
    _ message: String, path: String? = nil, step: EmailStep? = nil, isUsageError: Bool = false
  ) {
    self.message = message
    self.path = path
    self.step = step
    self.isUsageError = isUsageError
  }

  /// The message.
  public var description: String { message }
}
