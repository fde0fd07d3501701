import Charts

/// A piece of a document's flow. Blocks become slices (lines, rows, charts) that the
/// paginator stacks down pages, breaking only where a block allows.
indirect enum Block {
  /// A heading, plain text: never ends a page alone; may carry an anchor for the contents and
  /// outline. Level 0 is a section, 1 an indicator or exception, 2 a sub-heading (H2, H3 and H4:
  /// the cover title is the H1).
  case heading(String, level: Int, anchor: Anchor? = nil)
  /// A paragraph of Pango markup; splits between lines, never leaving one line alone.
  case paragraph(PangoMarkup, style: ParagraphStyle, indent: Double = 0)
  /// A list: its items one after another.
  case list([ListItem])
  /// A table; splits between rows and repeats its header.
  case table(Table)
  /// A chart drawn across the body width at `height` points, a figure with the chart's text
  /// alternative.
  case chart(any Chart, height: Double)
  /// Anything else drawn by hand in a box the full body width and `height` points tall; the
  /// drawing declares its own structure.
  case drawing(height: Double, spaceBefore: Double = 0, draw: (any PageCanvas, Rect) -> Void)
  /// Blocks that must stay on one page (when they fit on one).
  case keepTogether([Block])
  /// A block that stays on the page of the line before it: an author's name under the text.
  case keepWithPrevious(Block)
  /// Start a new page.
  case pageBreak
  /// Vertical space, dropped at the top of a page.
  case spacer(Double)
  /// A place the contents and outline point to, with nothing drawn.
  case anchor(Anchor)
}

/// One item of a list: the marker (plain text) hangs in the indent.
struct ListItem {
  var text: PangoMarkup
  var marker: String
  var style: ParagraphStyle
  var indent: Double

  /// Creates a value from its fields.
  init(_ text: PangoMarkup, marker: String, style: ParagraphStyle, indent: Double = 14) {
    self.text = text
    self.marker = marker
    self.style = style
    self.indent = indent
  }
}
