/// The drawing surface charts draw on: a handful of primitives, as in swiftplot's `Renderer` and
/// matplotlib's backend template.
///
/// Charts never import a drawing library; each backend (Cairo, the text-logging
/// `RecordingCanvas`) conforms to this. Text is measured by the same backend that draws it, so
/// layout decisions (wrapping, thinning labels) hold for the real output.
public protocol Canvas: AnyObject {
  /// The drawable area in canvas units; the origin is the top-left corner.
  var size: Size { get }

  /// Fills the inside of a path (non-zero winding).
  func fill(_ path: Path, colour: Colour)

  /// Draws the outline of a path.
  func stroke(_ path: Path, style: StrokeStyle)

  /// The size a one-line text run will take when drawn with `style`.
  func measure(text: String, style: TextStyle) -> TextMetrics

  /// Draws a one-line text run. `origin.y` is the top of its line box; `origin.x` is its left
  /// edge, centre or right edge according to `style.alignment`.
  func draw(text: String, at origin: Point, style: TextStyle)

  /// Restricts drawing to a rectangle until the matching `popClip()`.
  func pushClip(_ rect: Rect)

  /// Ends the innermost `pushClip(_:)`.
  func popClip()

  /// Starts a structural group (e.g. a tagged PDF "Figure" with alt text). Optional.
  func beginGroup(_ group: CanvasGroup)

  /// Ends the innermost group. Optional.
  func endGroup()
}

extension Canvas {
  /// Backends without structure ignore groups.
  public func beginGroup(_ group: CanvasGroup) {}

  /// Backends without structure ignore groups.
  public func endGroup() {}

  /// The box a text run occupies when drawn at `origin` with `style`.
  public func box(of text: String, at origin: Point, style: TextStyle) -> Rect {
    let metrics = measure(text: text, style: style)
    let left: Double
    switch style.alignment {
    case .leading: left = origin.x
    case .center: left = origin.x - metrics.width / 2
    case .trailing: left = origin.x - metrics.width
    }
    return Rect(x: left, y: origin.y, width: metrics.width, height: metrics.height)
  }
}
