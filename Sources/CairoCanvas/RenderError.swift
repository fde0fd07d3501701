/// Rendering failed; the message says what to do about it.
public struct RenderError: Error, CustomStringConvertible, Sendable {
  public var description: String

  public init(_ description: String) {
    self.description = description
  }
}
