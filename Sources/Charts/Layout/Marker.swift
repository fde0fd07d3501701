/// The shape of a data point. SPC readings differ in shape as well as colour, so the chart reads
/// the same to a colour-blind board member and on a black-and-white print.
enum MarkerShape: String, Hashable {
  case circle
  case triangleUp = "triangle-up"
  case triangleDown = "triangle-down"
  case square
}

/// A data point marker: shape, size, colour, and whether it is hollow (provisional).
struct Marker: Hashable {
  let shape: MarkerShape
  let radius: Double
  let colour: Colour
  var hollow = false

  /// The outline of the marker centred on `centre`.
  func path(at centre: Point) -> Path {
    let r = radius
    switch shape {
    case .circle:
      return .circle(center: centre, radius: r)
    case .square:
      let side = r * 1.7
      return .rect(Rect(x: centre.x - side / 2, y: centre.y - side / 2, width: side, height: side))
    case .triangleUp:
      // Slightly larger than the circle so the areas look alike.
      let t = r * 1.35
      return .polygon([
        Point(x: centre.x, y: centre.y - t), Point(x: centre.x + t * 0.95, y: centre.y + t * 0.7),
        Point(x: centre.x - t * 0.95, y: centre.y + t * 0.7),
      ])
    case .triangleDown:
      let t = r * 1.35
      return .polygon([
        Point(x: centre.x, y: centre.y + t), Point(x: centre.x + t * 0.95, y: centre.y - t * 0.7),
        Point(x: centre.x - t * 0.95, y: centre.y - t * 0.7),
      ])
    }
  }

  /// Draws the marker: filled with a thin white edge, or hollow with a coloured edge.
  func draw(at centre: Point, on canvas: any Canvas) {
    let outline = path(at: centre)
    if hollow {
      canvas.fill(outline, colour: .white)
      canvas.stroke(outline, style: StrokeStyle(colour: colour, width: 1.5))
    } else {
      canvas.fill(outline, colour: colour)
      canvas.stroke(outline, style: StrokeStyle(colour: .white, width: 0.75))
    }
  }
}

extension ControlChart.Cause {
  /// The marker shape for this reading: circle, up or down triangle, square.
  var shape: MarkerShape {
    switch self {
    case .common: .circle
    case .improvement: .triangleUp
    case .concern: .triangleDown
    case .neutral: .square
    }
  }

  /// The legend wording.
  var legendLabel: String {
    switch self {
    case .common: "Common cause"
    case .improvement: "Improvement"
    case .concern: "Concern"
    case .neutral: "Special cause (neither)"
    }
  }
}
