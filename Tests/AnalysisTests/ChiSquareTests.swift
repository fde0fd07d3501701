import Foundation
import Testing

@testable import Analysis

@Suite("Inverse χ² and regularised gamma")
struct ChiSquareTests {
  // Printed-precision values from the standard χ² table (e.g. NIST/SEMATECH e-Handbook
  // 1.3.6.7.4 "Critical values of the chi-square distribution").
  @Test(
    "χ² quantiles against the tabulated critical values (3 dp)",
    arguments: [
      (0.95, 1.0, 3.841), (0.99, 1.0, 6.635), (0.999, 1.0, 10.828), (0.95, 10.0, 18.307),
      (0.05, 10.0, 3.940), (0.975, 30.0, 46.979), (0.01, 5.0, 0.554), (0.90, 100.0, 118.498),
    ])
  func table(p: Double, df: Double, expected: Double) {
    #expect(rounds(chiSquareQuantile(p: p, degreesOfFreedom: df), to: expected, decimals: 3))
  }

  @Test("χ²₁ at 99.8% is FT's TrendMarkerCalculator constant 9.54953570608324")
  func fingertipsConstant() {
    #expect(close(chiSquareQuantile(p: 0.998, degreesOfFreedom: 1), 9.54953570608324))
  }

  @Test(
    "χ² with 2 df has the closed form −2 ln(1 − p) (full precision)",
    arguments: [0.001, 0.025, 0.5, 0.975, 0.999])
  func twoDegrees(p: Double) {
    #expect(close(chiSquareQuantile(p: p, degreesOfFreedom: 2), -2 * log(1 - p)))
  }

  @Test("P and Q add to one, and P⁻¹ inverts P", arguments: [0.5, 1, 3.5, 10, 250])
  func roundTrip(a: Double) throws {
    for x in [0.1, 1, a, 2 * a + 3] {
      #expect(
        close(regularizedGammaP(a: a, x: x) + regularizedGammaQ(a: a, x: x), 1, relative: 1e-14))
    }
    for p in [0.001, 0.3, 0.999] {
      let x = try #require(inverseRegularizedGammaP(a: a, p: p))
      #expect(close(regularizedGammaP(a: a, x: x), p, relative: 1e-10))
    }
  }

  @Test("Outside the domain the inverse is nil, never NaN")
  func domain() {
    #expect(inverseRegularizedGammaP(a: 0, p: 0.5) == nil)
    #expect(inverseRegularizedGammaP(a: 1, p: 1) == nil)
    #expect(inverseRegularizedGammaP(a: 1, p: 0) == nil)
  }
}
