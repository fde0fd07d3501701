import IndicatorModel

/// How an indicator's figure moved between two periods, as a board member reads it: which way
/// the figure went (the arrow), and what that means (the word and the colour), with the
/// numbers and the periods. The Fingertips and Making Data Count convention: the sign shows
/// the movement, never the judgement, so no arrow points against the figures.
public struct Movement: Hashable, Sendable {
  /// Which way the figure went.
  public enum Way: String, Sendable {
    case up, down, level
  }

  /// What the movement means for this measure.
  public enum Meaning: String, Sendable {
    /// Moved the better way (beyond chance where there are intervals).
    case better
    /// Moved the worse way.
    case worse
    /// The 95% intervals overlap: the change may be chance.
    case notSignificant = "not significant"
    /// Neither higher nor lower is better for this measure.
    case notJudged = "not judged"
    /// The same figure.
    case noChange = "no change"
  }

  public var way: Way
  public var meaning: Meaning
  /// The earlier and the later period.
  public var from: Period
  public var to: Period
  /// The earlier and the later value.
  public var fromValue: Double
  public var toValue: Double
  /// Whether both figures have a 95% interval (so a judged change was tested against chance).
  public var hasIntervals: Bool
  /// The statement, with the numbers and the periods: "Up from 128.0 to 143.3 per 10,000
  /// (2012/13 to 2013/14); the 95% intervals overlap, so the rise may be chance."
  public var sentence: String

  /// The movement from `earlier` to `later`, judged as `direction` judged it; nil when either
  /// value is missing.
  public init?(
    from earlier: (period: Period, figures: ObservationFigures),
    to later: (period: Period, figures: ObservationFigures), direction: Direction?,
    measure: Measure
  ) {
    guard let before = earlier.figures.value, let after = later.figures.value, let direction
    else { return nil }
    from = earlier.period
    to = later.period
    fromValue = before
    toValue = after
    way = after > before ? .up : after < before ? .down : .level
    hasIntervals = earlier.figures.ci95?.bounds != nil && later.figures.ci95?.bounds != nil
    meaning =
      switch direction {
      case .improved: .better
      case .worsened: .worse
      case .noSignificantChange: .notSignificant
      case .noChange: .noChange
      case .increased, .decreased: .notJudged
      }
    sentence = ""
    sentence = statement(measure)
  }

  /// The arrow: ↑ up, ↓ down, → level.
  public var arrow: String {
    switch way {
    case .up: "↑"
    case .down: "↓"
    case .level: "→"
    }
  }

  /// The arrow and the meaning, for a table cell: "↑ worse", "↑ not significant".
  public var sign: String { "\(arrow) \(meaning.rawValue)" }

  /// The statement (see `sentence`), worded from the fields.
  private func statement(_ measure: Measure) -> String {
    guard way != .level else {
      return "No change: \(measure.display(toValue)) in \(from.shownLabel) and in \(to.shownLabel)."
    }
    let (shownFrom, shownTo) = measure.displayDistinct(fromValue, toValue)
    let unit = measure.unit
    // "from 51.6% to 55.0%", but "from 128.0 to 143.3 per 10,000": a unit in words once.
    let earlier = unit.isEmpty || unit == "%" ? shownFrom : shownFrom.dropUnit(unit)
    let moved =
      "\(way == .up ? "Up" : "Down") from \(earlier) to \(shownTo) (\(from.shownLabel) to \(to.shownLabel))"
    let change = way == .up ? "rise" : "fall"
    switch meaning {
    case .better, .worse:
      return hasIntervals
        ? "\(moved): \(meaning.rawValue); the 95% intervals do not overlap, so the \(change) is "
          + "not chance."
        : "\(moved): \(meaning.rawValue); there are no 95% intervals, so chance cannot be ruled "
          + "out."
    case .notSignificant:
      return "\(moved); the 95% intervals overlap, so the \(change) may be chance."
    case .notJudged, .noChange:
      return "\(moved); neither higher nor lower is better for this measure."
    }
  }
}

extension String {
  /// "143.3 per 10,000" without " per 10,000".
  fileprivate func dropUnit(_ unit: String) -> String {
    hasSuffix(" " + unit) ? String(dropLast(unit.count + 1)) : self
  }
}
