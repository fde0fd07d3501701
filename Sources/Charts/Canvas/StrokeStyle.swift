/// How a path's outline is drawn.
public struct StrokeStyle: Hashable, Sendable {
  /// The colour.
  public var colour: Colour
  /// Line width in canvas units.
  public var width: Double
  /// Alternating on/off lengths in canvas units; empty is a solid line.
  public var dash: [Double]

  /// Creates a value from its fields.
  public init(colour: Colour, width: Double = 1, dash: [Double] = []) {
    self.colour = colour
    self.width = width
    self.dash = dash
  }
}
