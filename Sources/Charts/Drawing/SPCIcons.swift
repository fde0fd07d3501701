import Analysis

/// The variation and assurance icons, drawn by our own code in the spirit of *Making Data
/// Count*: a coloured ring with a letter or a sketch inside and a caption underneath, so the
/// reading never rests on colour alone. Not copies of the NHS artwork.
enum SPCIcons {
  /// Width of one icon column (ring plus caption).
  static let columnWidth = 104.0
  /// Ring radius.
  static let radius = 17.0

  /// The ring colour of a variation icon.
  static func colour(for icon: VariationIcon, palette: Palette) -> Colour {
    switch icon {
    case .commonCause: palette.commonCause
    case .improvementHigh, .improvementLow: palette.improvement
    case .concernHigh, .concernLow: palette.concern
    case .neitherHigh, .neitherLow: palette.neutral
    }
  }

  /// The ring colour of an assurance icon.
  static func colour(for icon: AssuranceIcon, palette: Palette) -> Colour {
    switch icon {
    case .pass: palette.improvement
    case .fail: palette.concern
    case .hitOrMiss: palette.commonCause
    }
  }

  /// Draws a variation icon centred at `centre`.
  static func drawVariation(
    _ icon: VariationIcon, at centre: Point, radius r: Double = radius, style: ChartStyle,
    on canvas: any Canvas
  ) {
    let colour = colour(for: icon, palette: style.palette)
    ring(at: centre, radius: r, colour: colour, on: canvas)
    if icon == .commonCause {
      // A level zig-zag: the process wanders within its limits.
      let xs = stride(from: -0.55, through: 0.55, by: 0.22).map { centre.x + $0 * r }
      let points = xs.enumerated().map { i, x in
        Point(x: x, y: centre.y + (i.isMultiple(of: 2) ? -0.18 : 0.18) * r)
      }
      canvas.stroke(
        .polyline(points), style: StrokeStyle(colour: style.palette.spcLine, width: 2 * r / radius))
      return
    }
    let high = [.improvementHigh, .concernHigh, .neitherHigh].contains(icon)
    // A letter, H or L, and an arrow pointing the same way.
    let letterStyle = TextStyle(
      family: style.fontFamily, size: 13 * r / radius, weight: .bold, colour: style.palette.text,
      alignment: .center)
    let letterHeight = canvas.measure(text: "H", style: letterStyle).height
    canvas.draw(
      text: high ? "H" : "L", at: Point(x: centre.x - r * 0.28, y: centre.y - letterHeight / 2),
      style: letterStyle)
    let ax = centre.x + r * 0.42
    let tip = high ? centre.y - r * 0.45 : centre.y + r * 0.45
    let base = high ? centre.y + r * 0.05 : centre.y - r * 0.05
    canvas.fill(
      .polygon([
        Point(x: ax, y: tip), Point(x: ax + r * 0.25, y: base), Point(x: ax - r * 0.25, y: base),
      ]), colour: colour)
  }

  /// Draws an assurance icon centred at `centre`: P (pass), F (fail) or ? (hit or miss).
  static func drawAssurance(
    _ icon: AssuranceIcon, at centre: Point, radius r: Double = radius, style: ChartStyle,
    on canvas: any Canvas
  ) {
    let colour = colour(for: icon, palette: style.palette)
    ring(at: centre, radius: r, colour: colour, on: canvas)
    let letterStyle = TextStyle(
      family: style.fontFamily, size: 15 * r / radius, weight: .bold, colour: style.palette.text,
      alignment: .center)
    let letter: String =
      switch icon {
      case .pass: "P"
      case .fail: "F"
      case .hitOrMiss: "?"
      }
    let height = canvas.measure(text: letter, style: letterStyle).height
    canvas.draw(text: letter, at: Point(x: centre.x, y: centre.y - height / 2), style: letterStyle)
  }

  /// A white disc with a coloured ring; the ring's width keeps its proportion at any size.
  static func ring(
    at centre: Point, radius r: Double = radius, colour: Colour, on canvas: any Canvas
  ) {
    let circle = Path.circle(center: centre, radius: r)
    canvas.fill(circle, colour: .white)
    canvas.stroke(circle, style: StrokeStyle(colour: colour, width: 3.5 * r / radius))
  }
}
