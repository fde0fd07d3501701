import IndicatorModel
import Testing

@testable import Analysis

/// Rows from NHSRplotthedots' own unit tests (nhs-r-community/NHSRplotthedots,
/// tests/testthat/test-ptd_calculate_point_type.R and test-ptd_calculate_assurance_type.R),
/// read with the search tool and restated as boardpack inputs. PTD flags the point that
/// completes a run and then marks the rest of the run (`ptd_part_of_seven_trend`,
/// `ptd_part_of_two_in_three`); boardpack flags every point of the run directly, so the
/// expected flags below are PTD's after that second step.
@Suite("SPC rules against NHSRplotthedots' tests (PTD)")
struct PTDReferenceTests {
  static let pointTypeSource = "NHSRplotthedots tests/testthat/test-ptd_calculate_point_type.R"
  static let assuranceSource =
    "NHSRplotthedots tests/testthat/test-ptd_calculate_assurance_type.R"

  /// A run-rule case: the input, and the 0-based points PTD ends up flagging.
  struct RunRow: Sendable, CustomTestStringConvertible {
    let name: String
    let values: [Double]
    let flagged: [Int]
    let up: Bool
    var testDescription: String { "\(name) — \(PTDReferenceTests.pointTypeSource)" }
  }

  // ptd_seven_point_trend(): 1:6 no; c(1:3, 3:6) a tie breaks it; 1:7 yes; c(2, 1:7, 3) the
  // run inside; 7:1 and c(2, 7:1, 3) downwards.
  static let trends: [RunRow] = [
    RunRow(name: "trend 1:6", values: [1, 2, 3, 4, 5, 6], flagged: [], up: true),
    RunRow(name: "trend c(1:3, 3:6)", values: [1, 2, 3, 3, 4, 5, 6], flagged: [], up: true),
    RunRow(name: "trend 1:7", values: [1, 2, 3, 4, 5, 6, 7], flagged: Array(0...6), up: true),
    RunRow(
      name: "trend c(2, 1:7, 3)", values: [2, 1, 2, 3, 4, 5, 6, 7, 3], flagged: Array(1...7),
      up: true),
    RunRow(name: "trend 7:1", values: [7, 6, 5, 4, 3, 2, 1], flagged: Array(0...6), up: false),
    RunRow(
      name: "trend c(2, 7:1, 3)", values: [2, 7, 6, 5, 4, 3, 2, 1, 3], flagged: Array(1...7),
      up: false),
  ]

  @Test("Seven-point trend (ptd_seven_point_trend, ptd_part_of_seven_trend)", arguments: trends)
  func trend(row: RunRow) {
    let flags = trendPoints(row.values, length: 7)
    let expected: SPCRule = row.up ? .trendUp : .trendDown
    #expect(flags.indices.filter { flags[$0] != nil } == row.flagged)
    #expect(row.flagged.allSatisfy { flags[$0] == expected })
  }

  // ptd_seven_point_one_side_mean() takes the side of the mean (+1 / −1) per point; here the
  // values are those signs and the mean is 0.
  static let shifts: [RunRow] = [
    RunRow(name: "side rep(1, 6)", values: Array(repeating: 1, count: 6), flagged: [], up: true),
    RunRow(
      name: "side c(rep(1, 6), -1)", values: Array(repeating: 1, count: 6) + [-1], flagged: [],
      up: true),
    RunRow(
      name: "side c(rep(1, 8), -1)", values: Array(repeating: 1, count: 8) + [-1],
      flagged: Array(0...7), up: true),
    RunRow(
      name: "side c(rep(-1, 8), 1)", values: Array(repeating: -1, count: 8) + [1],
      flagged: Array(0...7), up: false),
  ]

  @Test("Seven points one side of the mean (ptd_seven_point_one_side_mean)", arguments: shifts)
  func shift(row: RunRow) {
    let flags = shiftPoints(
      row.values, means: Array(repeating: 0, count: row.values.count), length: 7)
    let expected: SPCRule = row.up ? .shiftAbove : .shiftBelow
    #expect(flags.indices.filter { flags[$0] != nil } == row.flagged)
    #expect(row.flagged.allSatisfy { flags[$0] == expected })
  }

  /// ptd_two_in_three() and ptd_part_of_two_in_three() take "close to the limits" flags; here a
  /// 1 is a point between the near and the outer limit above the mean (2.5 with near 2 and
  /// limit 3) and a 0 a point above the mean but not near the limit (1).
  struct NearRow: Sendable, CustomTestStringConvertible {
    let close: [Int]
    let flagged: [Int]
    var testDescription: String {
      "close_to_limits \(close) — \(PTDReferenceTests.pointTypeSource)"
    }
  }

  static let nearRows: [NearRow] = [
    NearRow(close: [0, 0, 0], flagged: []),
    NearRow(close: [1, 0, 1], flagged: [0, 2]),
    NearRow(close: [0, 1, 1], flagged: [1, 2]),
    NearRow(close: [1, 1, 0], flagged: [0, 1]),
    NearRow(close: [0, 0, 1, 0, 1, 0, 0], flagged: [2, 4]),
    NearRow(close: [0, 0, 1, 1, 0, 0, 0], flagged: [2, 3]),
    NearRow(close: [1, 0, 0, 1], flagged: []),
    NearRow(close: [1, 0, 0, 1, 1], flagged: [3, 4]),
  ]

  @Test("Two of three near the limit (ptd_part_of_two_in_three)", arguments: nearRows)
  func twoOfThree(row: NearRow) {
    let limits = ProcessLimits(mean: 0, lower: -3, upper: 3, lowerNear: -2, upperNear: 2)
    let values = row.close.map { $0 == 1 ? 2.5 : 1.0 }
    for countOutside in [true, false] {
      let flags = twoOfThreePoints(
        values, limits: Array(repeating: limits, count: values.count),
        countOutside: countOutside)
      #expect(flags.indices.filter { flags[$0] != nil } == row.flagged)
      #expect(row.flagged.allSatisfy { flags[$0] == .twoOfThreeAbove })
    }
  }

  /// ptd_calculate_assurance_type(): limits (lpl, upl), target 4.
  struct AssuranceRow: Sendable, CustomTestStringConvertible {
    let lower: Double
    let upper: Double
    let polarity: Polarity
    let expected: AssuranceIcon?
    var testDescription: String {
      "lpl \(lower), upl \(upper), target 4, \(polarity) — \(PTDReferenceTests.assuranceSource)"
    }
  }

  static let assuranceRows: [AssuranceRow] = [
    AssuranceRow(lower: 1, upper: 3, polarity: .higherIsBetter, expected: .fail),
    AssuranceRow(lower: 5, upper: 7, polarity: .higherIsBetter, expected: .pass),
    AssuranceRow(lower: 1, upper: 5, polarity: .higherIsBetter, expected: .hitOrMiss),
    AssuranceRow(lower: 1, upper: 3, polarity: .lowerIsBetter, expected: .pass),
    AssuranceRow(lower: 5, upper: 7, polarity: .lowerIsBetter, expected: .fail),
    AssuranceRow(lower: 1, upper: 5, polarity: .lowerIsBetter, expected: .hitOrMiss),
    AssuranceRow(lower: 1, upper: 3, polarity: .noJudgement, expected: nil),
    AssuranceRow(lower: 5, upper: 7, polarity: .noJudgement, expected: nil),
  ]

  @Test("Assurance: consistent pass / fail / inconsistent", arguments: assuranceRows)
  func assuranceType(row: AssuranceRow) {
    let mean = (row.lower + row.upper) / 2
    let limits = ProcessLimits(
      mean: mean, lower: row.lower, upper: row.upper, lowerNear: mean - (mean - row.lower) * 2 / 3,
      upperNear: mean + (row.upper - mean) * 2 / 3)
    for profile in [SPCProfile.mdc, .ptd] {
      #expect(
        assurance(target: 4, limits: limits, polarity: row.polarity, profile: profile)
          == row.expected)
    }
  }
}
