import IndicatorModel
import Testing

@testable import Analysis

/// How a change between two periods is said: the arrow follows the figure, the word follows the
/// judgement, and the sentence gives the numbers, the periods and whether chance is ruled out.
@Suite struct MovementTests {
  static let percent = Measure(type: .proportion, multiplier: 100, unit: "%", decimals: 1)
  static let rate = Measure(type: .rate, multiplier: 10_000, unit: "per 10,000", decimals: 1)
  let earlier = Period("2012/13", periodicity: .financialYear)!
  let later = Period("2013/14", periodicity: .financialYear)!

  func figures(_ value: Double, _ ci: (Double, Double)? = nil) -> ObservationFigures {
    ObservationFigures(
      value: value,
      ci95: ci.map { Interval(lower: $0.0, upper: $0.1, level: 95, method: .byars) }, ci998: nil)
  }

  func movement(
    _ a: ObservationFigures, _ b: ObservationFigures, _ polarity: Polarity,
    measure: Measure = rate
  ) throws -> Movement {
    let judged = direction(from: a, to: b, polarity: polarity)
    return try #require(
      Movement(from: (earlier, a), to: (later, b), direction: judged, measure: measure))
  }

  /// Each kind of statement, word for word.
  @Test(
    arguments: [
      // The injury admissions of the example pack: a rise whose intervals overlap.
      (
        128.0, (120.9, 135.6), 143.3, (135.0, 151.9), Polarity.lowerIsBetter,
        "Up from 128.0 to 143.3 per 10,000 (2012/13 to 2013/14); the 95% intervals overlap, so "
          + "the rise may be chance.", "↑ not significant"
      ),
      (
        143.3, (140.0, 146.0), 128.0, (125.0, 131.0), .lowerIsBetter,
        "Down from 143.3 to 128.0 per 10,000 (2012/13 to 2013/14): better; the 95% intervals do "
          + "not overlap, so the fall is not chance.", "↓ better"
      ),
      (
        128.0, (125.0, 131.0), 143.3, (140.0, 146.0), .higherIsBetter,
        "Up from 128.0 to 143.3 per 10,000 (2012/13 to 2013/14): better; the 95% intervals do "
          + "not overlap, so the rise is not chance.", "↑ better"
      ),
      (
        143.3, (140.0, 146.0), 128.0, (125.0, 131.0), .higherIsBetter,
        "Down from 143.3 to 128.0 per 10,000 (2012/13 to 2013/14): worse; the 95% intervals do "
          + "not overlap, so the fall is not chance.", "↓ worse"
      ),
      (
        128.0, (125.0, 131.0), 143.3, (140.0, 146.0), .noJudgement,
        "Up from 128.0 to 143.3 per 10,000 (2012/13 to 2013/14); neither higher nor lower is "
          + "better for this measure.", "↑ not judged"
      ),
    ] as [(Double, (Double, Double), Double, (Double, Double), Polarity, String, String)])
  func statements(
    _ case_: (Double, (Double, Double), Double, (Double, Double), Polarity, String, String)
  ) throws {
    let (a, ciA, b, ciB, polarity, sentence, sign) = case_
    let moved = try movement(figures(a, ciA), figures(b, ciB), polarity)
    #expect(moved.sentence == sentence)
    #expect(moved.sign == sign)
  }

  @Test func withoutIntervalsChanceIsNotRuledOut() throws {
    let moved = try movement(figures(31.3), figures(32.6), .lowerIsBetter, measure: Self.percent)
    #expect(
      moved.sentence
        == "Up from 31.3% to 32.6% (2012/13 to 2013/14): worse; there are no 95% intervals, so "
        + "chance cannot be ruled out.")
    #expect(moved.sign == "↑ worse")
  }

  @Test func theSameFigureIsLevel() throws {
    let moved = try movement(figures(55), figures(55), .higherIsBetter, measure: Self.percent)
    #expect(moved.sentence == "No change: 55.0% in 2012/13 and in 2013/14.")
    #expect(moved.sign == "→ no change")
  }

  @Test func figuresThatWouldReadTheSameGetMoreDecimals() throws {
    let moved = try movement(figures(55.01), figures(55.04), .noJudgement, measure: Self.percent)
    #expect(moved.sentence.hasPrefix("Up from 55.01% to 55.04% (2012/13 to 2013/14)"))
  }

  /// The sign never points against the figure, whatever the polarity and the intervals.
  @Test(arguments: Polarity.allCases)
  func theArrowFollowsTheFigure(_ polarity: Polarity) throws {
    for withIntervals in [false, true] {
      for (a, b) in [(10.0, 20.0), (20.0, 10.0), (15.0, 15.0), (15.0, 15.2), (15.2, 15.0)] {
        let ci = { (v: Double) in withIntervals ? (v - 1, v + 1) : nil }
        let moved = try movement(figures(a, ci(a)), figures(b, ci(b)), polarity)
        let expected = b > a ? "↑" : b < a ? "↓" : "→"
        #expect(moved.arrow == expected, "\(a) → \(b), \(polarity)")
        #expect(moved.sign.hasPrefix(expected))
        let opening = b > a ? "Up from" : b < a ? "Down from" : "No change"
        #expect(moved.sentence.hasPrefix(opening))
      }
    }
  }
}
