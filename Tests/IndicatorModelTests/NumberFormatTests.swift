import IndicatorModel
import Testing

/// Display rounding (methods.md §7): half away from zero, from the shortest decimal form.
@Suite struct NumberFormatTests {
  @Test(arguments: [
    (0.15, 1, "0.2"),  // binary 0.1499… would round down; the decimal form rounds up
    (2.675, 2, "2.68"),
    (-0.05, 1, "-0.1"),
    (1_234_567.891, 1, "1,234,567.9"),
    (-0.04, 1, "0.0"),  // no "-0.0"
    (999.95, 1, "1,000.0"),
    (5412, 0, "5,412"),
    (0.5, 0, "1"),
    (1e-7, 2, "0.00"),
    (1.5e-5, 5, "0.00002"),  // printed as 1.5e-05: the exponent is read
    (1.5e20, 0, "150,000,000,000,000,000,000"),
    (-1234.5, 0, "-1,235"),
    (123, 0, "123"),
    (0, 2, "0.00"),
  ])
  func rounds(value: Double, decimals: Int, expected: String) {
    #expect(NumberFormat.format(value, decimals: decimals) == expected)
  }

  @Test func ungrouped() {
    #expect(NumberFormat.format(1_234_567.891, decimals: 1, grouped: false) == "1234567.9")
  }

  @Test func missingIsADash() {
    #expect(NumberFormat.format(nil, decimals: 1) == "–")
    #expect(NumberFormat.format(.nan, decimals: 1) == "–")
  }

  @Test(arguments: [
    (Measure(type: .proportion, multiplier: 100, unit: "%", decimals: 1), 55.0, "55.0%"),
    (
      Measure(type: .rate, multiplier: 1000, unit: "per 1,000", decimals: 1), 11.66,
      "11.7 per 1,000"
    ),
    (Measure(type: .count, decimals: 0), 1684.0, "1,684"),
  ])
  func displaysInTheUnit(measure: Measure, value: Double, expected: String) {
    #expect(measure.display(value) == expected)
  }

  @Test func displaysDifferencesInPoints() {
    let percent = Measure(type: .proportion, multiplier: 100, unit: "%", decimals: 1)
    #expect(percent.displayDifference(-25) == "25.0 points")
    #expect(percent.displayDifference(1) == "1.0 point")
  }
}
