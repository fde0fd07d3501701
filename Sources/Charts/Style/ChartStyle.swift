import IndicatorModel

/// Everything about a chart's look that is not data: palette, font, sizes and spacing.
public struct ChartStyle: Hashable, Sendable {
  /// The named colours.
  public var palette = Palette()
  /// The font family for all text, named explicitly so output is the same on every machine
  /// that has it (Debian `fonts-liberation2`).
  public var fontFamily = "Liberation Sans"
  /// Chart title size.
  public var titleSize = 15.0
  /// Legend, tick label and note size.
  public var labelSize = 11.0
  /// Small notes and icon captions.
  public var noteSize = 10.0
  /// Space kept clear around the canvas edge.
  public var padding = 10.0
  /// Radius of data point markers.
  public var markerRadius = 3.5
  /// Width of the main series line.
  public var lineWidth = 2.0
  /// At most this many lines for a title before it is cut with an ellipsis.
  public var titleLines = 2
  /// Draw the SPC near ("2 sigma") limits as faint dotted lines.
  public var showsNearLimits = false

  /// The standard style.
  public init() {}

  /// The standard style with the pack's branding colour and font.
  public init(branding: Branding) {
    palette = Palette(branding: branding)
    fontFamily = branding.font
  }

  /// The style for titles.
  var title: TextStyle {
    TextStyle(family: fontFamily, size: titleSize, weight: .bold, colour: palette.text)
  }

  /// The style for legends and tick labels.
  var label: TextStyle {
    TextStyle(family: fontFamily, size: labelSize, colour: palette.text)
  }

  /// The style for axis titles, notes and captions.
  var note: TextStyle {
    TextStyle(family: fontFamily, size: noteSize, colour: palette.secondaryText)
  }
}
