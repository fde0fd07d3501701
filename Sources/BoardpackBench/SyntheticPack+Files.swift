import Foundation
import IndicatorModel

extension SyntheticPack {
  /// The synthetic pack written as a pack folder (pack.yaml, one YAML and one CSV per
  /// indicator), so the benchmark can time the whole build from files, loading included.
  static func write(indicators count: Int, periods: Int, to folder: URL) throws {
    let pack = make(indicators: count, periods: periods)
    let manager = FileManager.default
    for sub in ["indicators", "data"] {
      try manager.createDirectory(
        at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
    }
    var yaml = """
      id: \(pack.id)
      title: \(pack.title)
      organisation: \(pack.organisation)
      board: \(pack.board)
      area: { code: \(pack.area.code), name: \(pack.area.name) }
      comparators:
        - { code: E92000001, name: England, role: national }

      """
    for group in pack.groups {
      yaml += "  - group: \(group.id)\n    name: \(group.name)\n    members:\n"
      for member in group.members {
        yaml += "      - { code: \(member.code), name: \(member.name) }\n"
      }
    }
    yaml += "period: \(pack.period!.label)\nthemes:\n"
    for theme in pack.themes { yaml += "  - { id: \(theme.id), title: \(theme.title) }\n" }
    try Data(yaml.utf8).write(to: folder.appendingPathComponent("pack.yaml"))

    let byIndicator = Dictionary(grouping: pack.observations, by: \.indicator)
    for indicator in pack.indicators {
      let measure = indicator.measure
      let definition = """
        id: \(indicator.id)
        title: \(indicator.title)
        theme: \(indicator.theme)
        measure:
          type: \(measure.type.rawValue)
          multiplier: \(Int(measure.multiplier))
          unit: "\(measure.unit)"
          decimals: \(measure.decimals)
        polarity: \(indicator.polarity.rawValue)
        periodicity: financial-quarter
        target:
          value: \(Int(indicator.target!.value))
          amber: \(Int(indicator.target!.amber!))

        """
      try Data(definition.utf8).write(
        to: folder.appendingPathComponent("indicators/\(indicator.id).yaml"))
      var csv = "indicator,period,area,value,numerator,denominator,lower_ci,upper_ci,status,note\n"
      for observation in byIndicator[indicator.id] ?? [] {
        csv +=
          "\(indicator.id),\(observation.period.label),\(observation.area),,"
          + "\(Int(observation.numerator!)),\(Int(observation.denominator!)),,,,\n"
      }
      try Data(csv.utf8).write(to: folder.appendingPathComponent("data/\(indicator.id).csv"))
    }
  }
}
