import Charts
import Foundation

/// WCAG 2.2 contrast between two colours (success criterion 1.4.3 asks 4.5:1 for text).
public enum Contrast {
  /// The contrast ratio, 1…21.
  public static func ratio(_ a: Colour, _ b: Colour) -> Double {
    let (x, y) = (luminance(a), luminance(b))
    return (max(x, y) + 0.05) / (min(x, y) + 0.05)
  }

  /// Relative luminance (WCAG's definition, from sRGB).
  public static func luminance(_ colour: Colour) -> Double {
    func linear(_ channel: Double) -> Double {
      channel <= 0.04045 ? channel / 12.92 : pow((channel + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * linear(colour.red) + 0.7152 * linear(colour.green)
      + 0.0722 * linear(colour.blue)
  }

  /// Of `candidates`, the first that reaches 4.5:1 on `background`, else the one with the most
  /// contrast.
  public static func readableText(on background: Colour, candidates: [Colour]) -> Colour {
    if let good = candidates.first(where: { ratio($0, background) >= 4.5 }) { return good }
    return candidates.max { ratio($0, background) < ratio($1, background) } ?? .black
  }
}
