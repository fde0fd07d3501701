/// How a long table's columns map to the pack's (`boardpack import csv --map`).
public struct CSVMapping: Sendable {
  /// The pack columns a mapping may name.
  public static let targets = [
    "period", "area", "value", "numerator", "denominator", "lower_ci", "upper_ci", "status", "note",
  ]

  /// The file's heading for each pack column.
  public var columns: [String: String]
  /// How the period column is written.
  public var periodFormat: PeriodFormat
  /// Rows kept only where a column has a value (`--where geographic_level=Local authority`).
  public var filters: [(heading: String, value: String)]

  /// Creates a mapping.
  public init(
    columns: [String: String], periodFormat: PeriodFormat = .pack,
    filters: [(heading: String, value: String)] = []
  ) {
    self.columns = columns
    self.periodFormat = periodFormat
    self.filters = filters
  }

  /// Reads `period=Year,area=LA code,value=Rate` (several `--map` options add up). Headings
  /// may contain spaces; a comma separates pairs.
  public static func parse(_ specs: [String]) throws(MappingError) -> [String: String] {
    var columns: [String: String] = [:]
    for spec in specs {
      for pair in spec.split(separator: ",") {
        let parts = pair.split(separator: "=", maxSplits: 1)
        guard parts.count == 2 else {
          throw MappingError("\"\(pair)\" is not column=Heading (e.g. period=Year)")
        }
        let target = parts[0].trimmingCharacters(in: .whitespaces).lowercased()
        let heading = parts[1].trimmingCharacters(in: .whitespaces)
        guard targets.contains(target) else {
          throw MappingError(
            "unknown pack column \"\(target)\" in --map (expected one of: \(targets.joined(separator: ", ")))"
          )
        }
        guard !heading.isEmpty else {
          throw MappingError("no heading given for \(target) in --map")
        }
        columns[target] = heading
      }
    }
    for required in ["period", "area"] where columns[required] == nil {
      throw MappingError(
        "--map must name the \(required) column (e.g. \(required)=\(required == "period" ? "Year" : "LA code"))"
      )
    }
    if columns["value"] == nil && columns["numerator"] == nil {
      throw MappingError("--map must name a value or numerator column (e.g. value=Rate)")
    }
    return columns
  }

  /// Reads `--where heading=value`.
  public static func parseFilter(_ spec: String) throws(MappingError) -> (
    heading: String, value: String
  ) {
    let parts = spec.split(separator: "=", maxSplits: 1)
    guard parts.count == 2 else { throw MappingError("\"\(spec)\" is not Heading=value") }
    return (
      parts[0].trimmingCharacters(in: .whitespaces), parts[1].trimmingCharacters(in: .whitespaces)
    )
  }
}

/// A `--map` or `--where` option that cannot be read.
public struct MappingError: Error, Sendable, CustomStringConvertible {
  /// What is wrong, in words.
  public var description: String
  init(_ description: String) { self.description = description }
}
