extension PangoMarkup: ExpressibleByStringInterpolation {
  /// A literal is markup written in boardpack's code, taken as it is: `"<b>–</b>"`.
  ///
  /// Only for literals: text from anywhere else goes through `init(escaping:)`.
  public init(stringLiteral markup: String) {
    self.init(markup: markup)
  }

  /// A literal with interpolations: its literal parts as markup, each `String` escaped, each
  /// `PangoMarkup` as it is.
  public init(stringInterpolation: StringInterpolation) {
    self.init(markup: stringInterpolation.text)
  }

  /// The pieces of an interpolated literal, escaped as they are appended.
  public struct StringInterpolation: StringInterpolationProtocol {
    var text = ""

    /// Room for the literal parts.
    public init(literalCapacity: Int, interpolationCount: Int) {
      text.reserveCapacity(literalCapacity)
    }

    /// A literal part: markup, as written.
    public mutating func appendLiteral(_ literal: String) {
      text += literal
    }

    /// Text, escaped.
    public mutating func appendInterpolation(_ plain: String) {
      text += PangoMarkup.escape(plain)
    }

    /// Markup, as it is.
    public mutating func appendInterpolation(_ markup: PangoMarkup) {
      text += markup.text
    }

    /// A whole number, which has nothing to escape.
    public mutating func appendInterpolation(_ number: Int) {
      text += String(number)
    }
  }
}
