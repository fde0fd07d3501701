/// An outline to fill or stroke, made of straight segments and circular arcs.
///
/// Kept to the few elements every backend has (Cairo, SVG, PDF, a text log), in the spirit of
/// matplotlib's `draw_path`.
public struct Path: Hashable, Sendable {
  /// One step of a path.
  public enum Element: Hashable, Sendable {
    /// Start a new sub-path at a point.
    case move(Point)
    /// A straight line to a point.
    case line(Point)
    /// A circular arc clockwise on screen from `start` to `end` (radians, 0 pointing right).
    case arc(center: Point, radius: Double, start: Double, end: Double)
    /// Close the current sub-path.
    case close
  }

  /// The steps in drawing order.
  public private(set) var elements: [Element] = []

  /// An empty path.
  public init() {}

  /// Starts a new sub-path at `point`.
  public mutating func move(to point: Point) { elements.append(.move(point)) }

  /// Adds a straight line from the current point to `point`.
  public mutating func line(to point: Point) { elements.append(.line(point)) }

  /// Closes the current sub-path.
  public mutating func close() { elements.append(.close) }

  /// Adds a full circle as its own sub-path.
  public mutating func addCircle(center: Point, radius: Double) {
    elements.append(.move(Point(x: center.x + radius, y: center.y)))
    elements.append(.arc(center: center, radius: radius, start: 0, end: 2 * Double.pi))
    elements.append(.close)
  }

  /// Whether the path draws nothing.
  public var isEmpty: Bool { elements.isEmpty }

  /// A rectangle.
  public static func rect(_ rect: Rect) -> Path {
    polygon([
      Point(x: rect.minX, y: rect.minY), Point(x: rect.maxX, y: rect.minY),
      Point(x: rect.maxX, y: rect.maxY), Point(x: rect.minX, y: rect.maxY),
    ])
  }

  /// A circle.
  public static func circle(center: Point, radius: Double) -> Path {
    var path = Path()
    path.addCircle(center: center, radius: radius)
    return path
  }

  /// A straight segment.
  public static func line(from start: Point, to end: Point) -> Path {
    polyline([start, end])
  }

  /// An open line through the points.
  public static func polyline(_ points: [Point]) -> Path {
    var path = Path()
    for (index, point) in points.enumerated() {
      if index == 0 { path.move(to: point) } else { path.line(to: point) }
    }
    return path
  }

  /// A closed shape through the points.
  public static func polygon(_ points: [Point]) -> Path {
    var path = polyline(points)
    if !points.isEmpty { path.close() }
    return path
  }
}
