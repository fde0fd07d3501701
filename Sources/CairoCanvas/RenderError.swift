/// Rendering failed; the message says what to do about it.
public struct RenderError: Error, CustomStringConvertible, Sendable {
  /// What went wrong, in words a performance officer can act on.
  public var description: String

  /// An error with a message.
  public init(_ description: String) {
    self.description = description
  }
}
