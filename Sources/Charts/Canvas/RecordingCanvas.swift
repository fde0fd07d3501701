/// A canvas that draws nothing and records every primitive, so chart layout can be tested
/// without pixels (style.md: "a recording canvas that logs primitives as text").
///
/// Text is measured with approximate Liberation Sans advance widths (`ApproximateFontMetrics`),
/// close enough for layout tests to mean something, or by a real backend's `measure` passed in,
/// so layout can be checked with the metrics the output will have.
public final class RecordingCanvas: Canvas {
  /// One recorded primitive.
  public enum Operation: Hashable, Sendable {
    case fill(Path, Colour)
    case stroke(Path, StrokeStyle)
    /// A text run with the box it occupies.
    case text(String, TextStyle, box: Rect)
    case pushClip(Rect)
    case popClip
    case beginGroup(CanvasGroup)
    case endGroup
  }

  /// The drawable area in canvas units.
  public let size: Size
  /// Everything drawn so far, in order.
  public private(set) var operations: [Operation] = []

  let measurer: (String, TextStyle) -> TextMetrics

  /// A canvas of the given size, measuring text with approximate Liberation Sans metrics.
  public init(size: Size) {
    self.size = size
    self.measurer = { ApproximateFontMetrics.measure($0, size: $1.size, weight: $1.weight) }
  }

  /// A canvas of the given size, measuring text with `measure` (e.g. a Cairo canvas's).
  public init(size: Size, measure: @escaping (String, TextStyle) -> TextMetrics) {
    self.size = size
    self.measurer = measure
  }

  /// Canvas primitive; see ``Canvas``.
  public func fill(_ path: Path, colour: Colour) { operations.append(.fill(path, colour)) }

  /// Canvas primitive; see ``Canvas``.
  public func stroke(_ path: Path, style: StrokeStyle) { operations.append(.stroke(path, style)) }

  /// Canvas primitive; see ``Canvas``.
  public func measure(text: String, style: TextStyle) -> TextMetrics {
    measurer(text, style)
  }

  /// Canvas primitive; see ``Canvas``.
  public func draw(text: String, at origin: Point, style: TextStyle) {
    operations.append(.text(text, style, box: box(of: text, at: origin, style: style)))
  }

  /// Canvas primitive; see ``Canvas``.
  public func pushClip(_ rect: Rect) { operations.append(.pushClip(rect)) }

  /// Canvas primitive; see ``Canvas``.
  public func popClip() { operations.append(.popClip) }

  /// Canvas primitive; see ``Canvas``.
  public func beginGroup(_ group: CanvasGroup) { operations.append(.beginGroup(group)) }

  /// Canvas primitive; see ``Canvas``.
  public func endGroup() { operations.append(.endGroup) }
}

extension RecordingCanvas {
  /// Every text run drawn, with its box.
  public var texts: [(text: String, style: TextStyle, box: Rect)] {
    operations.compactMap {
      if case .text(let text, let style, let box) = $0 { return (text, style, box) }
      return nil
    }
  }

  /// Every stroked path with its style.
  public var strokes: [(path: Path, style: StrokeStyle)] {
    operations.compactMap {
      if case .stroke(let path, let style) = $0 { return (path, style) }
      return nil
    }
  }

  /// Every filled path with its colour.
  public var fills: [(path: Path, colour: Colour)] {
    operations.compactMap {
      if case .fill(let path, let colour) = $0 { return (path, colour) }
      return nil
    }
  }
}
