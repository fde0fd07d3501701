/// A sheet of paper in PDF points, portrait or landscape.
public struct PageSize: Hashable, Sendable {
  /// Width in points.
  public var width: Double
  /// Height in points.
  public var height: Double

  /// Creates a value from its fields.
  public init(width: Double, height: Double) {
    self.width = width
    self.height = height
  }

  /// ISO A4 portrait, 210 × 297 mm.
  public static let a4 = PageSize(width: 595.2756, height: 841.8898)

  /// The same sheet turned on its side (or back).
  public func oriented(_ orientation: PageOrientation) -> PageSize {
    let long = max(width, height)
    let short = min(width, height)
    return orientation == .portrait
      ? PageSize(width: short, height: long) : PageSize(width: long, height: short)
  }
}

/// Which way up a section's pages are.
public enum PageOrientation: String, Hashable, Sendable {
  /// Taller than wide (the default).
  case portrait
  /// Wider than tall, for wide tables.
  case landscape
}
