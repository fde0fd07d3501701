import IndicatorModel
import Testing

@testable import Analysis

@Suite("SPC (methods.md §6)")
struct SPCTests {
  /// The PTD deviations vignette series.
  static let vignette: [Double] = [1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1]

  func inputs(_ values: [Double?], start: Int = 2010 * 4) -> [SPCInput] {
    values.enumerated().map { i, v in
      SPCInput(period: Period(periodicity: .financialQuarter, index: start + i), value: v)
    }
  }

  func options(_ profile: SPCProfile = .mdc, screening: Bool? = nil) -> SPCOptions {
    var o = SPCOptions()
    o.profile = profile
    o.screening = screening
    return o
  }

  @Test("PTD deviations vignette, unscreened: mean 1.9444, AMR 1.8824, limits −3.0626 / 6.9515")
  func vignetteUnscreened() throws {
    let limits = try #require(xmrLimits(baseline: Self.vignette, screening: false))
    #expect(rounds(limits.mean, to: 1.9444, decimals: 4))
    #expect(close(averageMovingRange(Self.vignette, screening: false), 32.0 / 17))
    #expect(rounds(limits.lower, to: -3.0626, decimals: 4))
    #expect(rounds(limits.upper, to: 6.9515, decimals: 4))
  }

  @Test("PTD deviations vignette, screened: drops MRs 8 and 9, AMR 1, limits −0.7156 / 4.6044")
  func vignetteScreened() throws {
    let limits = try #require(xmrLimits(baseline: Self.vignette, screening: true))
    #expect(close(averageMovingRange(Self.vignette, screening: true), 1))
    #expect(rounds(limits.lower, to: -0.7156, decimals: 4))
    #expect(rounds(limits.upper, to: 4.6044, decimals: 4))
  }

  @Test(
    "PTD vignette: point 5 is outside (above) with and without screening",
    arguments: [SPCProfile.mdc, .ptd])
  func vignettePoint5(profile: SPCProfile) {
    let result = analyseSPC(
      inputs(Self.vignette), options: options(profile), polarity: .higherIsBetter, target: nil,
      multiplier: 1)
    #expect(result.points[4].rules.contains(.outsideUpper))
    #expect(result.points[4].specialCause == .improvement)
    #expect(result.reading == .ok)
    // ptd screens by default, mdc does not: the limits differ as in the vignette.
    let upper = result.points[0].limits?.upper
    #expect(rounds(upper, to: profile == .ptd ? 4.6044 : 6.9515, decimals: 4))
  }

  @Test("A missing value breaks the moving-range chain")
  func missingBreaksChain() {
    #expect(movingRanges([1, 3, nil, 10, 11]) == [2, 1])
  }

  // PTD tests/testthat/test-ptd_calculate_point_type.R: ptd_seven_point_one_side_mean with
  // c(rep(1, 8), -1) → the run of 8 is a shift; 6 in a row is not. Here every point of the run
  // is flagged (PTD's ptd_part_of_seven_trend does the same in a second step).
  @Test("Shift: 7 or more strictly on one side; a point on the mean breaks the run")
  func shift() {
    let means = Array(repeating: 0.0, count: 9)
    let eight = shiftPoints([1, 1, 1, 1, 1, 1, 1, 1, -1], means: means, length: 7)
    #expect(eight == Array(repeating: .shiftAbove, count: 8) + [nil])
    let six = shiftPoints([1, 1, 1, 1, 1, 1, -1, -1, -1], means: means, length: 7)
    #expect(six.allSatisfy { $0 == nil })
    let broken = shiftPoints([-1, -1, -1, 0, -1, -1, -1, -1, -1], means: means, length: 7)
    #expect(broken.allSatisfy { $0 == nil })
  }

  @Test("Shift and trend lengths are configurable (6 and 8)", arguments: [6, 8])
  func lengths(length: Int) {
    let values: [Double] = [1, 2, 3, 4, 5, 6, 7]
    let flagged = trendPoints(values, length: length).compactMap { $0 }.count
    #expect(flagged == (length <= 7 ? 7 : 0))
    let sides = shiftPoints(
      Array(repeating: 1, count: 7), means: Array(repeating: 0, count: 7), length: length)
    #expect(sides.compactMap { $0 }.count == (length <= 7 ? 7 : 0))
  }

  // PTD test-ptd_calculate_point_type.R: ptd_seven_point_trend(1:7) is a trend,
  // c(1:3, 3:6) is not (a tie), 7:1 is a downward trend.
  @Test("Trend: 7 points each strictly beyond the one before; a tie breaks it")
  func trend() {
    #expect(
      trendPoints((1...7).map(Double.init), length: 7) == Array(repeating: .trendUp, count: 7))
    #expect(trendPoints([1, 2, 3, 3, 4, 5, 6], length: 7).allSatisfy { $0 == nil })
    #expect(
      trendPoints((1...7).reversed().map(Double.init), length: 7)
        == Array(repeating: .trendDown, count: 7))
    #expect(trendPoints((1...6).map(Double.init), length: 7).allSatisfy { $0 == nil })
    #expect(trendPoints([5], length: 7) == [nil])
  }

  @Test("Two of three beyond the near limit: mdc counts outside points, ptd does not")
  func twoOfThree() {
    let limits = Array(
      repeating: ProcessLimits(mean: 0, lower: -3, upper: 3, lowerNear: -2, upperNear: 2),
      count: 3)
    #expect(
      twoOfThreePoints([2.5, 1, 2.5], limits: limits, countOutside: true)
        == [.twoOfThreeAbove, nil, .twoOfThreeAbove])
    #expect(
      twoOfThreePoints([2.5, 1, 4], limits: limits, countOutside: true)[2] == .twoOfThreeAbove)
    #expect(
      twoOfThreePoints([2.5, 1, 4], limits: limits, countOutside: false).allSatisfy { $0 == nil })
    // Opposite sides of the mean never make a window (PTD 0.2.2 fix, issue #143).
    #expect(
      twoOfThreePoints([2.5, -1, 2.5], limits: limits, countOutside: true).allSatisfy { $0 == nil })
  }

  @Test("Assurance: a target exactly on a limit is pass/fail under mdc, hit-or-miss under ptd")
  func assuranceOnLimit() {
    let limits = ProcessLimits(mean: 50, lower: 40, upper: 60, lowerNear: 43.3, upperNear: 56.7)
    #expect(
      assurance(target: 40, limits: limits, polarity: .higherIsBetter, profile: .mdc) == .pass)
    #expect(
      assurance(target: 40, limits: limits, polarity: .higherIsBetter, profile: .ptd) == .hitOrMiss)
    #expect(
      assurance(target: 60, limits: limits, polarity: .higherIsBetter, profile: .mdc) == .fail)
    #expect(assurance(target: 60, limits: limits, polarity: .lowerIsBetter, profile: .mdc) == .pass)
    #expect(assurance(target: 39, limits: limits, polarity: .lowerIsBetter, profile: .ptd) == .fail)
    #expect(
      assurance(target: 50, limits: limits, polarity: .higherIsBetter, profile: .mdc) == .hitOrMiss)
    #expect(assurance(target: 50, limits: limits, polarity: .noJudgement, profile: .mdc) == nil)
  }

  @Test("Fewer than min_points: insufficient data, no limits reported, no icons")
  func insufficient() {
    let result = analyseSPC(
      inputs([1, 2, 3, 4, 5]), options: options(), polarity: .higherIsBetter, target: 3,
      multiplier: 1)
    #expect(result.reading == .insufficientData)
    #expect(result.points.allSatisfy { $0.limits == nil && $0.rules.isEmpty })
    #expect(result.variation == nil && result.assurance == nil)
    let single = analyseSPC(
      inputs([7]), options: options(), polarity: .higherIsBetter, target: nil, multiplier: 1)
    #expect(single.reading == .insufficientData)
  }

  @Test("A constant series: zero-width limits, no-variation, no special cause, no NaN")
  func constant() {
    let result = analyseSPC(
      inputs(Array(repeating: 4, count: 15)), options: options(), polarity: .higherIsBetter,
      target: 4, multiplier: 1)
    #expect(result.reading == .noVariation)
    #expect(result.points.allSatisfy { $0.limits?.upper == 4 && $0.limits?.lower == 4 })
    #expect(result.points.allSatisfy { $0.specialCause == nil })
    #expect(result.variation == .commonCause)
  }

  @Test("Rising run: shift above the mean and trend up; improvement by polarity, concern mirrored")
  func risingRun() {
    let values: [Double] = [
      10, 11, 9, 10, 11, 10, 9, 10, 11, 10, 9, 10, 12, 13, 14, 15, 16, 17, 18,
    ]
    var o = options()
    o.baseline = 12
    let better = analyseSPC(
      inputs(values), options: o, polarity: .higherIsBetter, target: nil, multiplier: 1)
    let last = better.points.last!
    #expect(last.rules.contains(.trendUp))
    #expect(last.rules.contains(.shiftAbove))
    #expect(better.variation == .improvementHigh)
    let worse = analyseSPC(
      inputs(values), options: o, polarity: .lowerIsBetter, target: nil, multiplier: 1)
    #expect(worse.variation == .concernHigh)
    let neutral = analyseSPC(
      inputs(values), options: o, polarity: .noJudgement, target: nil, multiplier: 1)
    #expect(neutral.variation == .neitherHigh)
    // The baseline froze the limits: the later points are tested against the first 12.
    #expect(better.points.last?.limits == better.points.first?.limits)
  }

  @Test("A point exactly on the mean breaks a shift; a missing value inside the run does not")
  func onMeanAndMissing() {
    let means = Array(repeating: 5.0, count: 8)
    #expect(
      shiftPoints([6, 6, 6, 5, 6, 6, 6, 6], means: means, length: 7).allSatisfy { $0 == nil })
    var values: [Double?] = [10, 11, 9, 10, 11, 10, 9, 10, 11, 10, 9, 10]
    values += [12, 12, nil, 12, 12, 12, 12, 12]
    let result = analyseSPC(
      inputs(values),
      options: {
        var o = options(); o.baseline = 12; return o
      }(), polarity: .higherIsBetter, target: nil, multiplier: 1)
    #expect(result.points.last?.rules.contains(.shiftAbove) == true)
    #expect(result.points[14].value == nil && result.points[14].rules.isEmpty)
  }

  @Test("Conflict: concern wins by default under mdc; ptd takes the strongest rule")
  func conflict() {
    // Falling for 7 points while still above the mean (higher is better).
    let rules: [SPCRule] = [.shiftAbove, .trendDown]
    #expect(
      pointReading(rules: rules, polarity: .higherIsBetter, profile: .mdc, conflict: .concern)
        == .concern)
    #expect(
      pointReading(rules: rules, polarity: .higherIsBetter, profile: .mdc, conflict: .improvement)
        == .improvement)
    #expect(
      pointReading(rules: rules, polarity: .higherIsBetter, profile: .ptd, conflict: .improvement)
        == .concern)
    #expect(
      pointReading(rules: [], polarity: .higherIsBetter, profile: .mdc, conflict: .concern) == nil)
  }

  @Test("Rebasing starts a new segment with its own limits")
  func rebase() {
    let first: [Double] = [10, 11, 9, 10, 11, 10, 9, 10, 11, 10, 9, 10]
    let second: [Double] = [20, 21, 19, 20, 21, 20, 19, 20, 21, 20, 19, 20]
    var o = options()
    o.rebase = [Period(periodicity: .financialQuarter, index: 2010 * 4 + 12)]
    let result = analyseSPC(
      inputs(first + second), options: o, polarity: .higherIsBetter, target: nil, multiplier: 1)
    #expect(result.points[0].segment == 0 && result.points[12].segment == 1)
    #expect(close(result.points[0].limits?.mean, 10))
    #expect(close(result.points[12].limits?.mean, 20))
    #expect(result.points.allSatisfy { $0.rules.isEmpty })
  }

  // QIC (qicharts2) P chart: centre Σx/Σn, σᵢ = √(p̄(1 − p̄)/nᵢ), limits p̄ ± 3σᵢ clipped to [0, 1].
  @Test("P chart limits: p̄ = 0.1; n = 100 → 0.01 / 0.19; U chart floor at 0")
  func attributeCharts() throws {
    let limits = attributeLimits(
      chart: .p, numerators: [10, 20, 30], denominators: [100, 200, 300], baseline: [0, 1, 2])
    let first = try #require(limits[0])
    #expect(close(first.mean, 0.1))
    #expect(close(first.lower, 0.01))
    #expect(close(first.upper, 0.19))
    #expect(close(first.upperNear, 0.16))
    let u = attributeLimits(
      chart: .u, numerators: [1, 2], denominators: [10, 10], baseline: [0, 1])
    #expect(u[0]?.lower == 0)
    #expect(close(u[0]?.upper, 0.15 + 3 * (0.15 / 10).squareRoot()))
  }

  @Test("Laney P′: σ_z = AMR(z)/1.128 scales each point's sigma")
  func laney() throws {
    let x: [Double?] = [10, 30, 10, 30]
    let n: [Double?] = [100, 100, 100, 100]
    let plain = try #require(
      attributeLimits(chart: .p, numerators: x, denominators: n, baseline: [0, 1, 2, 3])[0])
    let laney = try #require(
      attributeLimits(chart: .pPrime, numerators: x, denominators: n, baseline: [0, 1, 2, 3])[0])
    let sigma = (0.2 * 0.8 / 100).squareRoot()
    let z = 0.1 / sigma  // every |z| is 0.1/σ, every moving range 2·0.1/σ
    let sigmaZ = 2 * z / 1.128
    #expect(close(plain.upper, 0.2 + 3 * sigma))
    #expect(close(laney.upper, 0.2 + 3 * sigma * sigmaZ))
  }
}
