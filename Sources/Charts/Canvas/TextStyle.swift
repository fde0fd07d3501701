/// The weight of a font.
public enum FontWeight: String, Hashable, Sendable {
  case regular
  case bold
}

/// Which point of a text run its drawing position names, horizontally.
public enum TextAlignment: String, Hashable, Sendable {
  /// The position is the left edge.
  case leading
  /// The position is the centre.
  case center
  /// The position is the right edge.
  case trailing
}

/// How a run of text is set: one line, one font, one colour.
public struct TextStyle: Hashable, Sendable {
  /// A font family by name, e.g. "Liberation Sans"; named explicitly so output is repeatable.
  public var family: String
  /// Font size in canvas units.
  public var size: Double
  /// Regular or bold.
  public var weight: FontWeight
  /// The colour.
  public var colour: Colour
  /// Which point of the run its position names.
  public var alignment: TextAlignment

  /// Creates a value from its fields.
  public init(
    family: String, size: Double, weight: FontWeight = .regular, colour: Colour = .black,
    alignment: TextAlignment = .leading
  ) {
    self.family = family
    self.size = size
    self.weight = weight
    self.colour = colour
    self.alignment = alignment
  }

  /// The same style with another alignment.
  public func aligned(_ alignment: TextAlignment) -> TextStyle {
    var style = self
    style.alignment = alignment
    return style
  }

  /// The same style in bold or regular.
  public func weighted(_ weight: FontWeight) -> TextStyle {
    var style = self
    style.weight = weight
    return style
  }

  /// The same style in another colour.
  public func coloured(_ colour: Colour) -> TextStyle {
    var style = self
    style.colour = colour
    return style
  }
}

/// The size of a run of text as the canvas will draw it.
public struct TextMetrics: Hashable, Sendable {
  /// Advance width of the run.
  public var width: Double
  /// Height of the line box (ascent + descent + leading as the font gives them).
  public var height: Double
  /// Distance from the top of the line box to the baseline.
  public var baseline: Double

  /// Creates a value from its fields.
  public init(width: Double, height: Double, baseline: Double) {
    self.width = width
    self.height = height
    self.baseline = baseline
  }
}
