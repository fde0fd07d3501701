import IndicatorModel
import Testing

@testable import Analysis

@Suite("Confidence intervals (methods.md §1)")
struct IntervalTests {
  @Test("Wilson 5412/9840 → 54.0153–55.9808 (methods.md §1 worked example)")
  func wilsonWorkedExample() throws {
    let (lower, upper) = try #require(
      wilsonInterval(numerator: 5412, denominator: 9840, z: ConfidenceLevel.ninetyFive.z))
    #expect(rounds(lower * 100, to: 54.0153, decimals: 4))
    #expect(rounds(upper * 100, to: 55.9808, decimals: 4))
  }

  @Test("Wilson edge cases: zero count, numerator = denominator, empty denominator")
  func wilsonEdges() throws {
    let zero = try #require(wilsonInterval(numerator: 0, denominator: 20, z: 1.959963984540054))
    #expect(zero.lower == 0)
    #expect(zero.upper > 0 && zero.upper < 1)
    let all = try #require(wilsonInterval(numerator: 20, denominator: 20, z: 1.959963984540054))
    #expect(all.upper == 1)
    #expect(all.lower < 1)
    #expect(wilsonInterval(numerator: 1, denominator: 0, z: 1.96) == nil)
    #expect(wilsonInterval(numerator: 5, denominator: 4, z: 1.96) == nil)
  }

  @Test("Byar's 435 / 53,436 × 10,000 → 81.406 (73.934–89.427) (methods.md §1, PIM phe_rate)")
  func byarsWorkedExample() throws {
    let (lower, upper) = try #require(byarsInterval(events: 435, z: ConfidenceLevel.ninetyFive.z))
    #expect(rounds(435 / 53436 * 10000, to: 81.406, decimals: 3))
    #expect(rounds(try #require(lower) / 53436 * 10000, to: 73.934, decimals: 3))
    #expect(rounds(upper / 53436 * 10000, to: 89.427, decimals: 3))
  }

  @Test("Byar's lower limit for zero events is missing, never negative or NaN")
  func byarsZero() throws {
    let (lower, upper) = try #require(byarsInterval(events: 0, z: 1.959963984540054))
    #expect(lower == nil)
    #expect(upper.isFinite && upper > 0)
  }

  @Test("Exact Poisson x = 0: lower 0, 95% upper −ln 0.025 = 3.688879454113936 (methods.md §1)")
  func exactPoissonZero() throws {
    let (lower, upper) = try #require(exactPoissonInterval(events: 0, level: .ninetyFive))
    #expect(lower == 0)
    #expect(close(upper, 3.688879454113936))
  }

  // Garwood exact Poisson limits for the count, as tabulated (4 dp) in PHO/APHO technical
  // briefing 3 "Commonly used public health statistics and their confidence intervals" and
  // computed by PIM `byars_*`/`poisson_*` (exact for x < 10).
  @Test(
    "Exact Poisson limits against the tabulated Garwood values",
    arguments: [
      (1.0, 0.0253, 5.5716),
      (5.0, 1.6235, 11.6683),
      (10.0, 4.7954, 18.3904),
    ])
  func exactPoissonTable(x: Double, lower: Double, upper: Double) throws {
    let interval = try #require(exactPoissonInterval(events: x, level: .ninetyFive))
    #expect(rounds(interval.lower, to: lower, decimals: 4))
    #expect(rounds(interval.upper, to: upper, decimals: 4))
  }

  @Test("PHE rate rule: exact Poisson below 10 events, Byar's from 10 (PIM phe_rate)")
  func pheRateSwitch() {
    #expect(pheRateMethod(events: 9) == .exactPoisson)
    #expect(pheRateMethod(events: 10) == .byars)
    let measure = Measure(type: .rate, multiplier: 1000, unit: "per 1,000")
    let few = Observation(
      indicator: "x", period: Period(periodicity: .calendarYear, index: 2019), area: "A",
      numerator: 3, denominator: 1000)
    #expect(measure.figures(for: few).ci95?.method == .exactPoisson)
    var many = few
    many.numerator = 30
    #expect(measure.figures(for: many).ci95?.method == .byars)
    #expect(measure.figures(for: many).ci998?.level == 0.998)
  }

  @Test("The value is the published one when given, else computed; suppressed has none")
  func figures() {
    let measure = Measure(type: .proportion, multiplier: 100, unit: "%")
    let period = Period(periodicity: .financialQuarter, index: 2013 * 4 + 3)
    let computed = Observation(
      indicator: "x", period: period, area: "A", numerator: 5412, denominator: 9840)
    #expect(close(measure.figures(for: computed).value, 5412.0 / 9840 * 100))
    var published = computed
    published.value = 55.0
    #expect(measure.figures(for: published).value == 55.0)
    #expect(measure.figures(for: published).ci95?.method == .wilson)
    var suppressed = computed
    suppressed.status = .suppressed
    #expect(
      measure.figures(for: suppressed) == ObservationFigures(value: nil, ci95: nil, ci998: nil))
  }

  @Test("Published intervals: used for ci: supplied, as a fallback without counts, never for none")
  func suppliedIntervals() {
    let period = Period(periodicity: .calendarYear, index: 2019)
    let published = Observation(
      indicator: "x", period: period, area: "A", value: 30.6, lowerCI: 28.98, upperCI: 32.25)
    let supplied = Measure(type: .value, ci: .supplied)
    #expect(supplied.figures(for: published).ci95?.bounds?.lower == 28.98)
    #expect(supplied.figures(for: published).ci998 == nil)
    let wilson = Measure(type: .proportion, multiplier: 100, unit: "%")
    #expect(wilson.figures(for: published).ci95?.method == .supplied)
    let none = Measure(
      type: .proportion, multiplier: 100, unit: "%", ci: IndicatorModel.CIMethod.none)
    #expect(none.figures(for: published).ci95 == nil)
    var sentinel = published
    sentinel.lowerCI = -1
    sentinel.upperCI = -1
    #expect(supplied.figures(for: sentinel).ci95 == nil)
  }
}
