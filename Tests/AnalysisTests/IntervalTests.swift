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

  /// Garwood exact Poisson limits for a count, with where they came from.
  struct GarwoodRow: Sendable, CustomTestStringConvertible {
    let level: ConfidenceLevel
    let events: Double
    let lower: Double
    let upper: Double
    let source: String
    var testDescription: String { "x = \(events) at \(level) — \(source)" }
  }

  // Garwood limits for the count (methods.md §1: ½·χ²⁻¹(α/2; 2x), ½·χ²⁻¹(1 − α/2; 2x + 2)),
  // computed with SciPy 1.17.1 at full precision and compared at 1e-9 relative. They replace
  // the earlier 4 dp rows for x = 1, 5, 10, which agree with these at that precision. x = 9
  // and 10 straddle PIM phe_rate's switch from exact Poisson to Byar's.
  static let garwood: [GarwoodRow] = [
    GarwoodRow(
      level: .ninetyFive, events: 1, lower: 0.025317807984289876, upper: 5.571643390938898,
      source: "scipy chi2.ppf(0.025, 2)/2, chi2.ppf(0.975, 4)/2"),
    GarwoodRow(
      level: .ninetyFive, events: 2, lower: 0.24220927854396496, upper: 7.22468766772396,
      source: "scipy chi2.ppf(0.025, 4)/2, chi2.ppf(0.975, 6)/2"),
    GarwoodRow(
      level: .ninetyFive, events: 5, lower: 1.6234863901184207, upper: 11.66833207932267,
      source: "scipy chi2.ppf(0.025, 10)/2, chi2.ppf(0.975, 12)/2"),
    GarwoodRow(
      level: .ninetyFive, events: 9, lower: 4.115373097378334, upper: 17.084803451419166,
      source: "scipy chi2.ppf(0.025, 18)/2, chi2.ppf(0.975, 20)/2"),
    GarwoodRow(
      level: .ninetyFive, events: 10, lower: 4.7953886961324335, upper: 18.39035604201778,
      source: "scipy chi2.ppf(0.025, 20)/2, chi2.ppf(0.975, 22)/2"),
    GarwoodRow(
      level: .ninetyFive, events: 50, lower: 37.110963737461866, upper: 65.91876666433681,
      source: "scipy chi2.ppf(0.025, 100)/2, chi2.ppf(0.975, 102)/2"),
    GarwoodRow(
      level: .ninetyNinePointEight, events: 1, lower: 0.001000500333583534,
      upper: 9.233413476451585, source: "scipy chi2.ppf(0.001, 2)/2, chi2.ppf(0.999, 4)/2"),
    GarwoodRow(
      level: .ninetyNinePointEight, events: 2, lower: 0.045402017769489544,
      upper: 11.228872242412661, source: "scipy chi2.ppf(0.001, 4)/2, chi2.ppf(0.999, 6)/2"),
    GarwoodRow(
      level: .ninetyNinePointEight, events: 5, lower: 0.7393717319178323,
      upper: 16.454745203680105, source: "scipy chi2.ppf(0.001, 10)/2, chi2.ppf(0.999, 12)/2"),
    GarwoodRow(
      level: .ninetyNinePointEight, events: 9, lower: 2.452424404363775,
      upper: 22.65737330906293, source: "scipy chi2.ppf(0.001, 18)/2, chi2.ppf(0.999, 20)/2"),
    GarwoodRow(
      level: .ninetyNinePointEight, events: 10, lower: 2.96052037274376,
      upper: 24.13397114541759, source: "scipy chi2.ppf(0.001, 20)/2, chi2.ppf(0.999, 22)/2"),
    GarwoodRow(
      level: .ninetyNinePointEight, events: 50, lower: 30.95896960346831,
      upper: 75.94189199210048, source: "scipy chi2.ppf(0.001, 100)/2, chi2.ppf(0.999, 102)/2"),
  ]

  @Test("Exact Poisson (Garwood) limits against SciPy at full precision", arguments: garwood)
  func exactPoissonTable(row: GarwoodRow) throws {
    let interval = try #require(exactPoissonInterval(events: row.events, level: row.level))
    #expect(close(interval.lower, row.lower))
    #expect(close(interval.upper, row.upper))
  }

  @Test("Exact Poisson x = 0 at 99.8%: upper −ln 0.001 (scipy chi2.ppf(0.999, 2)/2)")
  func exactPoissonZero998() throws {
    let (lower, upper) = try #require(
      exactPoissonInterval(events: 0, level: .ninetyNinePointEight))
    #expect(lower == 0)
    #expect(close(upper, 6.907755278982137))
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
