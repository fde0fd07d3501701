import Foundation
import IndicatorModel

// Hand-written encoders: the schema wants every field present, with `null` for a reading that
// could not be made, and synthesised Codable omits nil optionals. `encode(_:forKey:)` on an
// Optional writes `null`.

extension Assessment: Encodable {
  enum Keys: String, CodingKey {
    case schemaVersion = "schema_version"
    case generator, pack, summary, changes, indicators
  }
  enum GeneratorKeys: String, CodingKey { case name, version }
  enum PackKeys: String, CodingKey { case id, title, area, period }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: Keys.self)
    try c.encode(schemaVersion, forKey: .schemaVersion)
    var generator = c.nestedContainer(keyedBy: GeneratorKeys.self, forKey: .generator)
    try generator.encode("boardpack", forKey: .name)
    try generator.encode(generatorVersion, forKey: .version)
    var pack = c.nestedContainer(keyedBy: PackKeys.self, forKey: .pack)
    try pack.encode(packID, forKey: .id)
    try pack.encode(packTitle, forKey: .title)
    try pack.encode(area, forKey: .area)
    try pack.encode(period?.label ?? "", forKey: .period)
    try c.encode(summary, forKey: .summary)
    try c.encode(changes, forKey: .changes)
    try c.encode(indicators, forKey: .indicators)
  }

  /// The pretty-printed `jsonData()` in pieces, in order, holding only a few indicators' text
  /// at a time: for writing a large assessment straight to a file.
  public func writeJSON(to sink: (Data) throws -> Void) throws {
    try AssessmentJSON.write(self, to: sink)
  }

  /// The assessment as JSON: keys sorted so the same inputs give the same bytes.
  ///
  /// Pretty-printed JSON is encoded one indicator at a time (see `AssessmentJSON`), byte for
  /// byte what one `JSONEncoder` call gives, in a fraction of its memory.
  public func jsonData(prettyPrinted: Bool = true) throws -> Data {
    if prettyPrinted { return try AssessmentJSON.encode(self) }
    return try AssessmentJSON.encoder(prettyPrinted: false).encode(self)
  }
}

extension AssessmentSummary: Encodable {
  enum Keys: String, CodingKey {
    case indicators, exceptions
    case targetStatus = "target_status"
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: Keys.self)
    try c.encode(indicators, forKey: .indicators)
    try c.encode(exceptions, forKey: .exceptions)
    var counts: [String: Int] = [:]
    for status in TargetStatus.allCases { counts[status.rawValue] = targetStatus[status] ?? 0 }
    counts["no-figure"] = noFigure
    try c.encode(counts, forKey: .targetStatus)
  }
}

extension IndicatorAssessment: Encodable {
  enum Keys: String, CodingKey {
    case id, title, theme, polarity, period, observations, target, direction, spc, benchmarks
    case areaComparisons = "area_comparisons"
    case groups, trend, flags, exception
    case nextRelease = "next_release"
    case carriedActions = "carried_actions"
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: Keys.self)
    try c.encode(id, forKey: .id)
    try c.encode(title, forKey: .title)
    try c.encode(theme, forKey: .theme)
    try c.encode(polarity, forKey: .polarity)
    try c.encode(period?.label ?? "", forKey: .period)
    try c.encode(observations, forKey: .observations)
    try c.encode(target, forKey: .target)
    try c.encode(direction, forKey: .direction)
    try c.encode(spc, forKey: .spc)
    try c.encode(benchmarks, forKey: .benchmarks)
    try c.encode(areaComparisons, forKey: .areaComparisons)
    try c.encode(groups, forKey: .groups)
    try c.encode(trend, forKey: .trend)
    try c.encode(flags, forKey: .flags)
    try c.encode(exception, forKey: .exception)
    try c.encode(nextRelease, forKey: .nextRelease)
    try c.encode(actions, forKey: .carriedActions)
  }
}

extension CarriedAction: Encodable {
  enum Keys: String, CodingKey { case owner, action, id, raised, due, state }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: Keys.self)
    try c.encode(action.owner, forKey: .owner)
    try c.encode(action.action, forKey: .action)
    try c.encode(action.id, forKey: .id)
    try c.encode(raised.label, forKey: .raised)
    try c.encode(due.description, forKey: .due)
    try c.encode(state, forKey: .state)
  }
}

extension Release: Encodable {
  enum Keys: String, CodingKey { case period, due }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: Keys.self)
    try c.encode(period.label, forKey: .period)
    try c.encode(due.description, forKey: .due)
  }
}

extension ObservationAssessment: Encodable {
  enum Keys: String, CodingKey {
    case period, area, value, numerator, denominator, ci
    case ci998 = "ci_998"
    case status, note
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: Keys.self)
    try c.encode(period.label, forKey: .period)
    try c.encode(area, forKey: .area)
    try c.encode(value, forKey: .value)
    try c.encode(numerator, forKey: .numerator)
    try c.encode(denominator, forKey: .denominator)
    try c.encode(ci, forKey: .ci)
    try c.encode(ci998, forKey: .ci998)
    try c.encode(status, forKey: .status)
    try c.encode(note, forKey: .note)
  }
}

extension Interval: Encodable {
  enum Keys: String, CodingKey { case lower, upper, level, method }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: Keys.self)
    try c.encode(lower, forKey: .lower)
    try c.encode(upper, forKey: .upper)
    try c.encode(level, forKey: .level)
    try c.encode(method, forKey: .method)
  }
}

extension TargetAssessment: Encodable {
  enum Keys: String, CodingKey {
    case value, amber, status, gap
    case periodsOffTarget = "periods_off_target"
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: Keys.self)
    try c.encode(value, forKey: .value)
    try c.encode(amber, forKey: .amber)
    try c.encode(status, forKey: .status)
    try c.encode(gap, forKey: .gap)
    try c.encode(periodsOffTarget, forKey: .periodsOffTarget)
  }
}

extension DirectionAssessment: Encodable {
  enum Keys: String, CodingKey {
    case previous
    case yearAgo = "year_ago"
    case worseningStreak = "worsening_streak"
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: Keys.self)
    try c.encode(previous, forKey: .previous)
    try c.encode(yearAgo, forKey: .yearAgo)
    try c.encode(worseningStreak, forKey: .worseningStreak)
  }
}

extension SPCResult: Encodable {
  enum Keys: String, CodingKey { case chart, profile, reading, points, variation, assurance }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: Keys.self)
    try c.encode(chart, forKey: .chart)
    try c.encode(profile, forKey: .profile)
    try c.encode(reading, forKey: .reading)
    try c.encode(points, forKey: .points)
    try c.encode(variation, forKey: .variation)
    try c.encode(assurance, forKey: .assurance)
  }
}

extension SPCPoint: Encodable {
  enum Keys: String, CodingKey {
    case period, value, segment, mean
    case lowerLimit = "lower_limit"
    case upperLimit = "upper_limit"
    case lowerNear = "lower_near"
    case upperNear = "upper_near"
    case specialCause = "special_cause"
    case rules
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: Keys.self)
    try c.encode(period.label, forKey: .period)
    try c.encode(value, forKey: .value)
    try c.encode(segment, forKey: .segment)
    try c.encode(limits?.mean, forKey: .mean)
    try c.encode(limits?.lower, forKey: .lowerLimit)
    try c.encode(limits?.upper, forKey: .upperLimit)
    try c.encode(limits?.lowerNear, forKey: .lowerNear)
    try c.encode(limits?.upperNear, forKey: .upperNear)
    try c.encode(specialCause, forKey: .specialCause)
    try c.encode(rules, forKey: .rules)
  }
}

extension BenchmarkAssessment: Encodable {
  enum Keys: String, CodingKey { case comparator, period, value, comparison, method, reason }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: Keys.self)
    try c.encode(comparator, forKey: .comparator)
    try c.encode(period.label, forKey: .period)
    try c.encode(value, forKey: .value)
    try c.encode(comparison, forKey: .comparison)
    try c.encode(method, forKey: .method)
    try c.encode(reason, forKey: .reason)
  }
}

extension AreaComparison: Encodable {
  enum Keys: String, CodingKey { case area, value, comparison, method }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: Keys.self)
    try c.encode(area, forKey: .area)
    try c.encode(value, forKey: .value)
    try c.encode(comparison, forKey: .comparison)
    try c.encode(method, forKey: .method)
  }
}

extension GroupAssessment: Encodable {
  enum Keys: String, CodingKey { case group, mean, rank, of, quartile }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: Keys.self)
    try c.encode(group, forKey: .group)
    try c.encode(standing.mean, forKey: .mean)
    try c.encode(standing.rank, forKey: .rank)
    try c.encode(standing.of, forKey: .of)
    try c.encode(standing.quartile, forKey: .quartile)
  }
}

extension RecentTrend: Encodable {
  enum Keys: String, CodingKey {
    case result
    case chiSquare = "chi_square"
    case points
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: Keys.self)
    try c.encode(result, forKey: .result)
    try c.encode(chiSquare, forKey: .chiSquare)
    try c.encode(points, forKey: .points)
  }
}

extension Flag: Encodable {
  enum Keys: String, CodingKey { case rule, severity, message }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: Keys.self)
    try c.encode(rule.rawValue, forKey: .rule)
    try c.encode(severity, forKey: .severity)
    try c.encode(message, forKey: .message)
  }
}
