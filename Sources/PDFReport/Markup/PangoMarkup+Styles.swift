import Charts

extension PangoMarkup {
  /// `text`, escaped, in bold.
  public static func bold(_ text: String) -> PangoMarkup {
    "<b>\(text)</b>"
  }

  /// `text`, escaped, in italic.
  public static func italic(_ text: String) -> PangoMarkup {
    "<i>\(text)</i>"
  }

  /// `text`, escaped, in `colour` (written `#RRGGBB`).
  public static func coloured(_ text: String, _ colour: Colour) -> PangoMarkup {
    "<span foreground=\"\(colour.description)\">\(text)</span>"
  }
}
