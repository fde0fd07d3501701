import Analysis

extension IconImage {
  /// Draws the icon centred in the canvas, as large as fits (see ``Chart/draw(on:style:)``).
  public func draw(on canvas: any Canvas, style: ChartStyle) {
    canvas.beginGroup(CanvasGroup(tag: "Figure", altText: altText))
    defer { canvas.endGroup() }
    let side = min(canvas.size.width, canvas.size.height)
    guard side > 2 else { return }
    let centre = Point(x: canvas.size.width / 2, y: canvas.size.height / 2)
    // The ring's stroke is 3.5/17 of the radius and sits on the edge: keep it inside.
    let radius = side / 2 / (1 + 1.75 / SPCIcons.radius) - 0.5
    let palette = style.palette
    switch icon {
    case .variation(let variation):
      SPCIcons.drawVariation(variation, at: centre, radius: radius, style: style, on: canvas)
    case .assurance(let assurance):
      SPCIcons.drawAssurance(assurance, at: centre, radius: radius, style: style, on: canvas)
    case .rag(let status):
      drawRAG(status, at: centre, radius: radius, style: style, on: canvas)
    case .movement(let way, let meaning):
      // The move by the arrow's direction and the judgement by colour: two signals, not one.
      let colour: Colour =
        switch meaning {
        case .better: palette.green
        case .worse: palette.red
        case .notJudged: palette.neutral
        case .notSignificant, .noChange: palette.commonCause
        }
      drawArrow(way, at: centre, radius: radius, colour: colour, on: canvas)
    }
  }

  /// A filled disc in the RAG colour with a white bold letter; a grey ring and a dash for none.
  private func drawRAG(
    _ status: TargetStatus, at centre: Point, radius: Double, style: ChartStyle,
    on canvas: any Canvas
  ) {
    let palette = style.palette
    let disc = Path.circle(center: centre, radius: radius)
    let (colour, letter): (Colour, String) =
      switch status {
      case .red: (palette.red, "R")
      case .amber: (palette.amber, "A")
      case .green: (palette.green, "G")
      case .none: (palette.commonCause, "–")
      }
    if status == .none {
      canvas.fill(disc, colour: .white)
      canvas.stroke(disc, style: StrokeStyle(colour: colour, width: max(1, radius * 0.12)))
    } else {
      canvas.fill(disc, colour: colour)
    }
    let text = TextStyle(
      family: style.fontFamily, size: radius * 1.15, weight: .bold,
      colour: status == .none ? palette.secondaryText : .white, alignment: .center)
    let height = canvas.measure(text: letter, style: text).height
    canvas.draw(text: letter, at: Point(x: centre.x, y: centre.y - height / 2), style: text)
  }

  /// A block arrow: up, down, or pointing right for "level".
  private func drawArrow(
    _ arrow: Movement.Way, at centre: Point, radius r: Double, colour: Colour, on canvas: any Canvas
  ) {
    // Drawn pointing up in unit coordinates, then turned.
    let shape: [(Double, Double)] = [
      (0, -0.95), (0.8, -0.1), (0.32, -0.1), (0.32, 0.95), (-0.32, 0.95), (-0.32, -0.1),
      (-0.8, -0.1),
    ]
    let points = shape.map { x, y -> Point in
      switch arrow {
      case .up: Point(x: centre.x + x * r, y: centre.y + y * r)
      case .down: Point(x: centre.x - x * r, y: centre.y - y * r)
      case .level: Point(x: centre.x - y * r, y: centre.y + x * r)
      }
    }
    canvas.fill(.polygon(points), colour: colour)
  }
}
