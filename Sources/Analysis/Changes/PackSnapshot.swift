import Foundation
import IndicatorModel

/// What the next pack compares itself with (issue 20): each build leaves `snapshot.json` in its
/// period folder holding, per indicator, the target status, the SPC reading, whether it was an
/// exception and why, and every figure it showed by period and area — not the whole
/// `assessment.json`, which is large at a large pack's scale. docs/assessment.md describes it.
public struct PackSnapshot: Hashable, Sendable, Codable {
  /// Bumped when the format changes; a snapshot of another format is not compared with.
  public static let currentFormat = 1

  public var format: Int
  /// The boardpack version that built the pack.
  public var generatorVersion: String
  public var packID: String
  /// The pack's reporting period, as its label.
  public var period: String
  /// The pack's rules in words (`RulesConfig.summary`): another summary means other rules.
  public var rules: String
  public var indicators: [Indicator]

  /// One indicator as the pack showed it.
  public struct Indicator: Hashable, Sendable, Codable {
    public var id: String
    public var title: String
    /// `green`, `amber`, `red`, or `none` for a target with no figure yet; nil without a target.
    public var target: TargetStatus?
    public var spc: SPCState?
    /// Why it was an exception, most severe first; empty when it was not one.
    public var reasons: [String]
    /// Period label → area code → value, for every figure the pack showed.
    public var figures: [String: [String: Double]]

    enum CodingKeys: String, CodingKey { case id, title, target, spc, reasons, figures }
  }

  enum CodingKeys: String, CodingKey {
    case format
    case generatorVersion = "generator_version"
    case packID = "pack"
    case period, rules, indicators
  }

  /// The snapshot of an assessed pack.
  public init(_ assessment: Assessment, rules: RulesConfig) {
    format = Self.currentFormat
    generatorVersion = assessment.generatorVersion
    packID = assessment.packID
    period = assessment.period?.label ?? ""
    self.rules = rules.summary
    indicators = assessment.indicators.map { item in
      var figures: [String: [String: Double]] = [:]
      for observation in item.observations {
        guard let value = observation.value else { continue }
        figures[observation.period.label, default: [:]][observation.area] = value
      }
      return Indicator(
        id: item.id, title: item.title, target: item.target?.status,
        spc: item.spc.map(SPCState.init), reasons: item.exceptionFlags.map(\.message),
        figures: figures)
    }
  }

  /// A snapshot read back from `snapshot.json`. Throws `SnapshotError` for a file that is not
  /// one, or is of another format.
  public init(json data: Data) throws(SnapshotError) {
    struct Header: Decodable {
      var format: Int
      var generatorVersion: String?
      enum CodingKeys: String, CodingKey {
        case format
        case generatorVersion = "generator_version"
      }
    }
    guard let header = try? JSONDecoder().decode(Header.self, from: data) else {
      throw .unreadable
    }
    guard header.format == Self.currentFormat else {
      throw .otherFormat(version: header.generatorVersion ?? "another version")
    }
    do {
      self = try JSONDecoder().decode(Self.self, from: data)
    } catch {
      throw .unreadable
    }
  }

  /// Compact JSON with sorted keys: the same pack gives the same bytes.
  public func jsonData() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var data = try encoder.encode(self)
    data.append(0x0A)
    return data
  }
}

/// Why a `snapshot.json` could not be compared with.
public enum SnapshotError: Error, Hashable, Sendable {
  /// Not JSON, or not a snapshot.
  case unreadable
  /// Written in another format, by the boardpack version named.
  case otherFormat(version: String)

  /// The reason in words, after "This pack cannot be compared with the 2013/14 Q3 pack: ".
  public var reason: String {
    switch self {
    case .unreadable: "its record could not be read"
    case .otherFormat(let version): "boardpack \(version) recorded it in another form"
    }
  }
}

/// An SPC reading as a snapshot keeps it: enough to say it in words and to see it change.
public struct SPCState: Hashable, Sendable, Codable {
  public var reading: SPCReading
  public var variation: VariationIcon?
  public var assurance: AssuranceIcon?

  public init(reading: SPCReading, variation: VariationIcon?, assurance: AssuranceIcon?) {
    self.reading = reading
    self.variation = variation
    self.assurance = assurance
  }

  public init(_ result: SPCResult) {
    self.init(reading: result.reading, variation: result.variation, assurance: result.assurance)
  }
}

extension RulesConfig {
  /// The rules in one line, for a snapshot: "exceptions: target-red, spc-concern, …; worsening
  /// streak: 3".
  public var summary: String {
    "exceptions: \(exceptions.map(\.rawValue).joined(separator: ", ")); "
      + "worsening streak: \(worseningStreak)"
  }
}
