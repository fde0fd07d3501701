import Foundation
import IndicatorModel

// `changes` in assessment.json (docs/assessment.schema.json): every field present, `null` for
// what is not there, as the rest of the file.

extension PackChanges {
  /// `changes` as assessment.json writes it (the same encoder settings), on its own.
  public func jsonData() throws -> Data {
    try AssessmentJSON.encoder(prettyPrinted: true).encode(self)
  }
}

extension PackChanges: Encodable {
  enum Keys: String, CodingKey {
    case previous, exceptions
    case targetStatus = "target_status"
    case spc, revised
  }
  enum PreviousKeys: String, CodingKey {
    case period
    case generatorVersion = "generator_version"
    case sameRules = "same_rules"
    case sameVersion = "same_version"
    case problem
  }
  enum ExceptionKeys: String, CodingKey { case new, cleared, continuing }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: Keys.self)
    if let previous {
      var p = c.nestedContainer(keyedBy: PreviousKeys.self, forKey: .previous)
      try p.encode(previous.period, forKey: .period)
      try p.encode(previous.generatorVersion, forKey: .generatorVersion)
      try p.encode(previous.sameRules, forKey: .sameRules)
      try p.encode(previous.sameVersion, forKey: .sameVersion)
      try p.encode(previous.problem, forKey: .problem)
    } else {
      try c.encodeNil(forKey: .previous)
    }
    var e = c.nestedContainer(keyedBy: ExceptionKeys.self, forKey: .exceptions)
    try e.encode(newExceptions, forKey: .new)
    try e.encode(clearedExceptions, forKey: .cleared)
    try e.encode(continuingExceptions, forKey: .continuing)
    try c.encode(targetChanges, forKey: .targetStatus)
    try c.encode(spcChanges, forKey: .spc)
    try c.encode(revisions, forKey: .revised)
  }
}

extension PackChanges.Cleared: Encodable {
  enum Keys: String, CodingKey {
    case indicator, reasons
    case inPack = "in_pack"
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: Keys.self)
    try c.encode(indicator, forKey: .indicator)
    try c.encode(reasons, forKey: .reasons)
    try c.encode(inPack, forKey: .inPack)
  }
}

extension PackChanges.TargetChange: Encodable {
  enum Keys: String, CodingKey { case indicator, from, to }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: Keys.self)
    try c.encode(indicator, forKey: .indicator)
    try c.encode(from, forKey: .from)
    try c.encode(to, forKey: .to)
  }
}

extension PackChanges.SPCChange: Encodable {
  enum Keys: String, CodingKey { case indicator, from, to }
  enum StateKeys: String, CodingKey { case reading, variation, assurance }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: Keys.self)
    try c.encode(indicator, forKey: .indicator)
    for (state, key) in [(from, Keys.from), (to, Keys.to)] {
      var s = c.nestedContainer(keyedBy: StateKeys.self, forKey: key)
      try s.encode(state.reading, forKey: .reading)
      try s.encode(state.variation, forKey: .variation)
      try s.encode(state.assurance, forKey: .assurance)
    }
  }
}

extension PackChanges.Revision: Encodable {
  enum Keys: String, CodingKey { case indicator, period, area, from, to }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: Keys.self)
    try c.encode(indicator, forKey: .indicator)
    try c.encode(period.label, forKey: .period)
    try c.encode(area, forKey: .area)
    try c.encode(from, forKey: .from)
    try c.encode(to, forKey: .to)
  }
}
