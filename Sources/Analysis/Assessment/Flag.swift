import IndicatorModel

/// How much a flag matters to the board.
public enum Severity: String, CaseIterable, Sendable, Codable {
  case concern, watch, good, info

  /// 0 = most severe; flags and exceptions sort by it.
  public var rank: Int {
    switch self {
    case .concern: 0
    case .watch: 1
    case .good: 2
    case .info: 3
    }
  }

  /// Whether a flag of this severity can make an indicator an exception (good news and
  /// information never do).
  public var canMakeException: Bool { self == .concern || self == .watch }
}

/// A reading turned into one plain-English sentence for the board.
public struct Flag: Hashable, Sendable {
  public var rule: RuleID
  public var severity: Severity
  public var message: String

  public init(rule: RuleID, severity: Severity, message: String) {
    self.rule = rule
    self.severity = severity
    self.message = message
  }
}
