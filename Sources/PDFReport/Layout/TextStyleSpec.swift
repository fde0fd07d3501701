import Charts

/// How a paragraph is set: font size, weight, colour, alignment and the space around it.
public struct ParagraphStyle: Hashable, Sendable {
  /// Font size in points.
  public var size: Double
  /// Bold for headings and table headers.
  public var bold: Bool
  /// Italic for captions.
  public var italic: Bool
  /// The text colour (markup may colour runs differently).
  public var colour: Colour
  /// Left, centre or right.
  public var alignment: TextAlignment
  /// Space above the paragraph, dropped at the top of a page.
  public var spaceBefore: Double
  /// Extra space between lines, in points.
  public var lineSpacing: Double

  /// Creates a value from its fields.
  public init(
    size: Double, bold: Bool = false, italic: Bool = false, colour: Colour = .black,
    alignment: TextAlignment = .leading, spaceBefore: Double = 0, lineSpacing: Double = 1
  ) {
    self.size = size
    self.bold = bold
    self.italic = italic
    self.colour = colour
    self.alignment = alignment
    self.spaceBefore = spaceBefore
    self.lineSpacing = lineSpacing
  }
}
