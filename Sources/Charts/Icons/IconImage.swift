/// An icon as a chart of its own, so it renders to SVG, PNG and PDF like any chart (for HTML
/// tables and PDF scorecards). It fills the canvas, centred, and carries its caption as its
/// text alternative.
public struct IconImage: Chart {
  /// The reading drawn.
  public var icon: Icon

  /// Creates a value from its fields.
  public init(_ icon: Icon) {
    self.icon = icon
  }

  /// The caption, also the document title.
  public var title: String { icon.caption }

  /// The caption: an icon says one thing.
  public var altText: String { icon.caption }
}
