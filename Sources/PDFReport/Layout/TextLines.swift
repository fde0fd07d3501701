import CPango
import Charts

/// A paragraph set by Pango, as lines that can be drawn one at a time, so a paragraph can
/// split between pages at a line boundary.
public final class TextLines {
  /// The `PangoLayout *` the lines are drawn from (by `CairoPage`).
  let layout: OpaquePointer
  /// The paragraph's colour (markup may colour runs differently).
  let colour: Colour
  /// Each line's top, height and baseline within the paragraph, and its left offset.
  public let lines: [Line]

  /// One line's measured box, in points from the paragraph's top-left corner.
  public struct Line: Sendable {
    /// Top of the line's logical box.
    public var top: Double
    /// Height of the logical box, spacing included.
    public var height: Double
    /// From the paragraph's top to this line's baseline.
    public var baseline: Double
    /// Left edge (non-zero for centred and right-aligned lines).
    public var left: Double
    /// The line's advance width.
    public var width: Double
  }

  init(layout: OpaquePointer, colour: Colour) {
    self.layout = layout
    self.colour = colour
    var lines: [Line] = []
    let scale = Double(PANGO_SCALE)
    let iter = pango_layout_get_iter(layout)!
    repeat {
      var logical = PangoRectangle()
      pango_layout_iter_get_line_extents(iter, nil, &logical)
      let baseline = Double(pango_layout_iter_get_baseline(iter)) / scale
      lines.append(
        Line(
          top: Double(logical.y) / scale, height: Double(logical.height) / scale,
          baseline: baseline, left: Double(logical.x) / scale,
          width: Double(logical.width) / scale))
    } while pango_layout_iter_next_line(iter) != 0
    pango_layout_iter_free(iter)
    // Pango puts the spacing between lines; count it with the line above so the heights sum
    // to the paragraph's height.
    for index in lines.indices.dropLast() {
      lines[index].height = lines[index + 1].top - lines[index].top
    }
    self.lines = lines
  }

  deinit { g_object_unref(UnsafeMutableRawPointer(layout)) }

  /// The whole paragraph's height.
  public var height: Double {
    guard let last = lines.last, let first = lines.first else { return 0 }
    return last.top + last.height - first.top
  }

  /// The widest line.
  public var naturalWidth: Double { lines.map(\.width).max() ?? 0 }
}
