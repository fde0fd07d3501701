import Foundation
import IndicatorModel
import PackLoader
import Testing

/// Data files are read concurrently; what the loader reports must still follow file-name
/// order, as when they were read one after another: the first copy of a row is the one in the
/// file whose name sorts first, and every later copy is reported against it.
@Suite struct DataFileOrderTests {
  static let header =
    "indicator,period,area,value,numerator,denominator,lower_ci,upper_ci,status,note\n"
  /// Line 14 of the starter's data/quarterly.csv, copied into every extra file.
  static let row = "cc-registration,2013/14 Q4,E92000001,66.0,,,,,,\n"

  /// `count` extra files, each holding a copy of the same row and (on line 3) a bad value.
  @Test(arguments: [1, 8, 40]) func duplicatesPointAtTheFirstFileByName(count: Int) throws {
    let names = (0..<count).map { String(format: "data/extra-%02d.csv", $0) }
    var files: [String: String] = [:]
    for name in names {
      files[name] = Self.header + Self.row + "cc-registration,2012/13 Q4,E92000001,x,,,,,,\n"
    }
    let lines = try TestPack(replacing: files).load().lines
    let first = "\(names[0]):2"
    var expected: [String] = []
    for (i, name) in names.enumerated() {
      if i > 0 {
        expected.append(
          "\(name):2:1: error: duplicate row for cc-registration, 2013/14 Q4, E92000001 (first at \(first))"
        )
      }
      expected.append("\(name):3:38: error: value \"x\" is not a number")
    }
    expected.append(
      "data/quarterly.csv:14:1: error: duplicate row for cc-registration, 2013/14 Q4, E92000001 (first at \(first))"
    )
    #expect(lines == expected)
  }

  /// The same pack loads to the same observations in the same order however the threads ran.
  @Test func repeatedLoadsGiveTheSameObservations() throws {
    var files: [String: String] = [:]
    for i in 0..<24 {
      // Six years before the starter's data, a quarter a file.
      let year = 2000 + i / 4
      let label = "\(year)/\(String(year + 1).suffix(2)) Q\(i % 4 + 1)"
      files[String(format: "data/extra-%02d.csv", i)] =
        Self.header + "cc-registration,\(label),E06999999,\(50 + i),,,,,,\n"
    }
    var loads: [[String]] = []
    for _ in 0..<4 {
      let (pack, lines) = try TestPack(replacing: files).load()
      #expect(lines.isEmpty)
      // Locations name each load's own temporary folder, so rows are compared by their content.
      loads.append(
        try #require(pack).observations.map {
          "\($0.indicator) \($0.period.label) \($0.area) \($0.value ?? .nan)"
        })
    }
    #expect(loads.allSatisfy { $0 == loads[0] })
    #expect(
      loads[0].prefix(24)
        == (0..<24).map { i in
          let year = 2000 + i / 4
          return
            "cc-registration \(year)/\(String(year + 1).suffix(2)) Q\(i % 4 + 1) E06999999 \(Double(50 + i))"
        }[...])
  }
}
