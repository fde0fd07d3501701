/// Approximate advance widths of Liberation Sans (metric-compatible with Arial), for canvases
/// that do not set type, such as `RecordingCanvas`.
///
/// Widths are in em, grouped by character class; real output is measured by Pango.
enum ApproximateFontMetrics {
  static func measure(_ text: String, size: Double, weight: FontWeight) -> TextMetrics {
    let ems = text.reduce(0.0) { $0 + advance(of: $1) }
    let boldFactor = weight == .bold ? 1.08 : 1.0
    // Liberation Sans: ascent 0.905 em, descent 0.212 em; Pango's line box is about 1.15 em.
    return TextMetrics(width: ems * size * boldFactor, height: size * 1.15, baseline: size * 0.905)
  }

  static func advance(of character: Character) -> Double {
    switch character {
    case "i", "j", "l", "'", "|", ".", ",", ":", ";", "!", "I": return 0.23
    case "f", "t", "r", " ", "(", ")", "[", "]", "/", "-": return 0.31
    case "m", "M", "W", "%", "@": return 0.86
    case "w": return 0.73
    case "–", "—": return 0.56
    default:
      if character.isUppercase { return 0.68 }
      if character.isNumber { return 0.556 }
      if character.isLowercase { return 0.53 }
      return 0.6
    }
  }
}
