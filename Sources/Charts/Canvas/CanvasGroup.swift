/// A named group of drawing, for backends that can mark structure (tagged PDF, SVG groups).
public struct CanvasGroup: Hashable, Sendable {
  /// A structure tag, e.g. "Figure" (PDF structure type names).
  public var tag: String
  /// A text alternative for what the group draws, generated from the data.
  public var altText: String?

  /// Creates a value from its fields.
  public init(tag: String, altText: String? = nil) {
    self.tag = tag
    self.altText = altText
  }
}
