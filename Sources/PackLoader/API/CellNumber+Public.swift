import IndicatorModel

/// How a cell's number reads, by the rules of the pack's data files (design §4.3).
public enum CellNumberReading: Equatable, Sendable {
  /// A finite number and the count of decimal places written (`55.0` → 1).
  case number(Double, decimals: Int)
  /// An empty cell.
  case missing
  /// Text that is not a number.
  case invalid

  /// Reads `74588`, `"74,588"`, `-0.5` or `1e3` as the data files do; thousands separators
  /// only where they belong.
  public init(_ text: String) {
    switch NumberText.parse(text) {
    case .number(let value, let decimals): self = .number(value, decimals: decimals)
    case .missing: self = .missing
    case .invalid: self = .invalid
    }
  }

  /// `"55%" is not a number (write 55 and set measure.unit to "%")`: the message the data files
  /// give, with the fix for the usual mistakes.
  public static func notANumber(_ text: String) -> String { NumberText.notANumber(text) }
}

/// "Did you mean …?" hints, the same as the loader gives.
public enum NearestName {
  /// ` (did you mean "x"?)`, or the list of valid values when it is short, or nothing.
  public static func hint(for text: String, in candidates: [String], listUpTo limit: Int = 12)
    -> String
  {
    Suggestion.hint(for: text, in: candidates, listUpTo: limit)
  }

  /// The candidate nearest to `text`, if near enough to be a plausible typo.
  public static func nearest(to text: String, in candidates: [String]) -> String? {
    Suggestion.nearest(to: text, in: candidates)
  }
}
