import IndicatorModel
import Testing

@testable import Analysis

/// Missing periods, screening and frozen baselines against the two reference implementations
/// (methods.md §6): NHSRplotthedots 0.2.2 for the `ptd` profile and qicharts2 for P′/U′ charts
/// and `baseline` (qicharts2's `freeze`). The expected rows were derived by hand from the
/// reference code, read with the search tool:
///
/// - `R/ptd_calculate_point_type.R`: `ptd_seven_point_one_side_mean` compares each point with the
///   6 before it (`all(vp[[i]] == vp[i - 1:6])`), so a window holding a missing value gives NA;
///   `ptd_two_in_three` sums windows of 3 (`sum(vp[i + 0:2])`), NA with a missing value in them;
///   `ptd_seven_point_trend` takes `sign(diff(y[i - 0:6]))`, NA next to a missing value; and
///   `ptd_special_cause_type`'s `case_when` reads an NA condition as false. So a missing value
///   ends every run and no window of 7 (or 3) across it signals.
/// - `R/helper.functions.R` (qicharts2): `qic.pp` / `qic.up` take `z_i` over the baseline rows and
///   `abs(diff(z_i))`, so a missing row breaks the chain of moving ranges; with
///   `qic.screenedmr` (set when the package loads) ranges ≥ 3.267 × AMR are dropped once;
///   `base <- x$baseline & x$include` with `baseline` the first `freeze` rows, missing rows
///   included.
@Suite("SPC gaps, screening and baselines against NHSRplotthedots and qicharts2")
struct SPCGapTests {
  func inputs(_ values: [Double?]) -> [SPCInput] {
    values.enumerated().map { i, v in
      SPCInput(period: Period(periodicity: .financialQuarter, index: 2010 * 4 + i), value: v)
    }
  }

  func attributeInputs(_ x: [Double?], _ n: [Double?]) -> [SPCInput] {
    zip(x, n).enumerated().map { i, pair in
      SPCInput(
        period: Period(periodicity: .financialQuarter, index: 2010 * 4 + i), value: nil,
        numerator: pair.0, denominator: pair.1)
    }
  }

  func options(
    _ profile: SPCProfile, chart: SPCChart = .xmr, screening: Bool? = nil, baseline: Int? = nil
  ) -> SPCOptions {
    var o = SPCOptions()
    o.profile = profile
    o.chart = chart
    o.screening = screening
    o.baseline = baseline
    return o
  }

  func flagged(_ result: SPCResult) -> [Int] {
    result.points.indices.filter { result.points[$0].specialCause != nil }
  }

  // The series: 4 points above the mean, a missing quarter, 5 more above. R: the windows
  // of 7 ending at points 12–17 all hold the missing point 11 → NA → common cause everywhere
  // (mean 12.5789, screened AMR 2.4118, limits 6.1637 / 18.9942). `mdc` ghosts the gap and reads
  // the 9 points as one run of 7 or more.
  static let aroundGap: [Double?] = [
    10, 14, 9, 13, 11, 8, 12, 15, 14, 16, 15, nil, 14, 16, 15, 14, 13, 9, 11, 10,
  ]

  @Test("ptd: a missing quarter ends a shift (R: common cause for the 9 points around it)")
  func shiftEndsAtGap() {
    let ptd = analyseSPC(
      inputs(Self.aroundGap), options: options(.ptd), polarity: .higherIsBetter, target: nil,
      multiplier: 1)
    #expect(close(ptd.points[0].limits?.mean, 12.578947368421053))
    #expect(close(ptd.points[0].limits?.lower, 6.1636532507739945))
    #expect(close(ptd.points[0].limits?.upper, 18.994241486068113))
    #expect(flagged(ptd) == [])
    #expect(ptd.variation == .commonCause)

    let mdc = analyseSPC(
      inputs(Self.aroundGap), options: options(.mdc), polarity: .higherIsBetter, target: nil,
      multiplier: 1)
    #expect(flagged(mdc) == [7, 8, 9, 10, 12, 13, 14, 15, 16])
    #expect(mdc.points[12].rules.contains(.shiftAbove))
  }

  // 5 points above the mean (9–13), a gap, then 8 above (15–22). R (mean 10.75, screened AMR
  // 1.1818): the first run is 5 long, so only 15–22 are a shift.
  static let shiftAfterGap: [Double?] = [
    9, 11, 10, 9, 11, 10, 9, 11, 10, 11, 12, 11, 12, 11, nil, 12, 11, 12, 11, 12, 11, 12, 11, 9,
    10,
  ]

  @Test("ptd: a run of 7 after the gap is still a shift; the 5 before it are not")
  func shiftAfterGapStillFires() {
    let ptd = analyseSPC(
      inputs(Self.shiftAfterGap), options: options(.ptd), polarity: .higherIsBetter, target: nil,
      multiplier: 1)
    #expect(close(ptd.points[0].limits?.mean, 10.75))
    #expect(flagged(ptd) == Array(15...22))
    #expect(ptd.points[15...22].allSatisfy { $0.rules == [.shiftAbove] })
    let mdc = analyseSPC(
      inputs(Self.shiftAfterGap), options: options(.mdc), polarity: .higherIsBetter, target: nil,
      multiplier: 1)
    #expect(flagged(mdc) == Array(9...13) + Array(15...22))
  }

  // Two points between the near and the outer limit with a missing quarter between them. R (mean
  // 10.4211, AMR 1.4706, near limit 13.0292, limit 14.3328): every window of 3 holding point 13 is
  // NA, so no two-of-three. With point 13 present (12) both 13.5s are flagged.
  static let nearPair: [Double?] = [
    9, 11, 10, 9, 11, 10, 9, 11, 10, 9, 11, 11, 13.5, nil, 13.5, 11, 9, 11, 10, 9,
  ]

  @Test("ptd: no two-of-three window spans a missing quarter")
  func twoOfThreeAcrossGap() {
    let gap = analyseSPC(
      inputs(Self.nearPair), options: options(.ptd), polarity: .higherIsBetter, target: nil,
      multiplier: 1)
    #expect(
      close(gap.points[0].limits?.upperNear, 10.421052631578947 + 2.66 * 2 / 3 * 1.4705882352941178)
    )
    #expect(flagged(gap) == [])
    var filled = Self.nearPair
    filled[13] = 12
    let full = analyseSPC(
      inputs(filled), options: options(.ptd), polarity: .higherIsBetter, target: nil,
      multiplier: 1)
    #expect(flagged(full) == [12, 14])
    #expect(full.points[12].rules == [.twoOfThreeAbove])
    let mdc = analyseSPC(
      inputs(Self.nearPair), options: options(.mdc, screening: true), polarity: .higherIsBetter,
      target: nil, multiplier: 1)
    #expect(flagged(mdc) == [12, 14])
  }

  // 1…6, a missing quarter, 8…14. R stops here with an error: the window ending at point 7 has
  // diffs (1, 1, 1, 1, NA, NA) reversed, so `all(d == 1)` is NA and `if (NA)` fails ("missing
  // value where TRUE/FALSE needed"). boardpack reads it as the rule says for every other window
  // with a missing value — no trend across the gap — and the 7 rising points after it are one.
  @Test("ptd: where R errors (an NA inside a rising window) the trend stops at the gap")
  func trendWhereRErrors() {
    let values: [Double?] = [1, 2, 3, 4, 5, 6, nil, 8, 9, 10, 11, 12, 13, 14]
    let ptd = analyseSPC(
      inputs(values), options: options(.ptd), polarity: .higherIsBetter, target: nil,
      multiplier: 1)
    let trending = ptd.points.indices.filter { ptd.points[$0].rules.contains(.trendUp) }
    #expect(trending == Array(7...13))
    let mdc = analyseSPC(
      inputs(values), options: options(.mdc), polarity: .higherIsBetter, target: nil,
      multiplier: 1)
    #expect(
      mdc.points.indices.filter { mdc.points[$0].rules.contains(.trendUp) }
        == Array(0...5) + Array(7...13))
  }

  // qicharts2 qic.pp over 14 weeks with week 4 missing and a high week 6: p̄ = 0.0723077.
  // Unscreened σ_z = 1.2061465 (the chain broken at week 4; joined across it, as boardpack did,
  // it was 1.1459057); screened σ_z = 0.5866050 (the two ranges around week 6 dropped).
  static let laneyX: [Double?] = [12, 15, 11, nil, 14, 30, 13, 12, 16, 11, 14, 13, 15, 12]
  static let laneyN: [Double?] = [
    200, 210, 190, nil, 205, 200, 195, 200, 210, 190, 200, 205, 200, 195,
  ]

  @Test(
    "Laney P′ and U′: a missing week breaks the z chain; screening drops large z ranges (qicharts2)",
    arguments: [
      (SPCChart.pPrime, false, 1.20614650338941),
      (SPCChart.pPrime, true, 0.5866049835532512),
      (SPCChart.uPrime, true, 0.5649990609357679),
    ])
  func laneyGapAndScreening(chart: SPCChart, screening: Bool, sigmaZ: Double) throws {
    let result = analyseSPC(
      attributeInputs(Self.laneyX, Self.laneyN),
      options: options(.mdc, chart: chart, screening: screening), polarity: .lowerIsBetter,
      target: nil, multiplier: 1)
    let first = try #require(result.points[0].limits)
    let centre = 0.07230769230769231
    let sigma =
      chart == .pPrime ? (centre * (1 - centre) / 200).squareRoot() : (centre / 200).squareRoot()
    #expect(close(first.mean, centre))
    #expect(close(first.upper, centre + 3 * sigma * sigmaZ))
    #expect(result.points[3].limits == nil)
  }

  // qicharts2 `freeze = 12` counts rows: weeks 1–12 with week 4 missing are 11 points
  // (p̄ = 0.0730159, unscreened σ_z = 1.3330247, upper limit at n = 200 0.1465839). Counting 12
  // present points instead would take in week 13's 25 and move the centre.
  @Test("baseline: N counts the first N periods, a missing one included (qicharts2 freeze)")
  func baselineCountsPeriods() throws {
    let x: [Double?] = [12, 15, 11, nil, 14, 30, 13, 12, 16, 11, 14, 13, 25, 12, 15, 13]
    let n: [Double?] = [
      200, 210, 190, nil, 205, 200, 195, 200, 210, 190, 200, 205, 200, 195, 200, 200,
    ]
    let laney = analyseSPC(
      attributeInputs(x, n), options: options(.mdc, chart: .pPrime, baseline: 12),
      polarity: .lowerIsBetter, target: nil, multiplier: 1)
    let first = try #require(laney.points[0].limits)
    #expect(close(first.mean, 0.07301587301587302))
    #expect(close(first.upper, 0.1465839249039892))

    // XmR (qic.i): rows 1–12 with row 3 missing: mean 11.2727, AMR 2.1111 over the broken chain.
    let y: [Double?] = [10, 12, nil, 11, 13, 9, 10, 12, 11, 10, 14, 12, 11, 30, 10]
    let xmr = analyseSPC(
      inputs(y), options: options(.mdc, baseline: 12), polarity: .higherIsBetter, target: nil,
      multiplier: 1)
    let limits = try #require(xmr.points[14].limits)
    #expect(close(limits.mean, 11.272727272727273))
    #expect(close(limits.upper, 11.272727272727273 + 2.66 * 2.111111111111111))
  }
}
