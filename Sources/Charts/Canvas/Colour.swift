/// An sRGB colour with opacity, each channel 0…1.
public struct Colour: Hashable, Sendable, CustomStringConvertible {
  /// Red channel, 0…1.
  public var red: Double
  /// Green channel, 0…1.
  public var green: Double
  /// Blue channel, 0…1.
  public var blue: Double
  /// Opacity, 0 (clear) … 1 (opaque).
  public var alpha: Double

  /// Creates a value from its fields.
  public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
    self.red = red
    self.green = green
    self.blue = blue
    self.alpha = alpha
  }

  /// A colour from `#RRGGBB` (the `#` is optional); nil when the text is not six hex digits.
  public init?(hex: String) {
    let digits = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
    guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return nil }
    self.init(
      red: Double((value >> 16) & 0xFF) / 255, green: Double((value >> 8) & 0xFF) / 255,
      blue: Double(value & 0xFF) / 255)
  }

  /// A colour from a literal `0xRRGGBB`, for the palette's constants.
  public init(rgb value: UInt32) {
    self.init(
      red: Double((value >> 16) & 0xFF) / 255, green: Double((value >> 8) & 0xFF) / 255,
      blue: Double(value & 0xFF) / 255)
  }

  /// `#RRGGBB`, with `/alpha` appended when not opaque.
  public var description: String {
    func byte(_ channel: Double) -> String {
      let text = String(Int((min(max(channel, 0), 1) * 255).rounded()), radix: 16, uppercase: true)
      return text.count == 1 ? "0" + text : text
    }
    let hex = "#" + byte(red) + byte(green) + byte(blue)
    return alpha >= 1 ? hex : hex + "/" + NumberText.short(alpha)
  }

  /// The same colour with another opacity.
  public func opacity(_ alpha: Double) -> Colour {
    Colour(red: red, green: green, blue: blue, alpha: alpha)
  }

  /// White.
  public static let white = Colour(red: 1, green: 1, blue: 1)
  /// Black.
  public static let black = Colour(red: 0, green: 0, blue: 0)
}
