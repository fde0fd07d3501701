import Analysis
import IndicatorModel

/// One sentence of why an indicator is on the board's list, with how serious it is.
public struct Reason: Hashable, Sendable {
  /// The rule that raised it; nil for the movement sentence, which is said, not flagged.
  public var rule: RuleID?
  public var severity: Severity
  public var text: String
}

extension Words {
  /// Why an indicator is an exception, in the words every output prints: its exception flags'
  /// sentences, then how its figure moved over the year (or since the period before) whenever
  /// it moved and no sentence already says so — a rise the rules do not flag is still the
  /// board's business ("there has been a rise in unintentional injuries in the last year").
  public static func reasons(_ item: IndicatorAssessment) -> [Reason] {
    let flags = item.exceptionFlags.map {
      Reason(rule: $0.rule, severity: $0.severity, text: $0.message)
    }
    // A year-ago flag that is not an exception rule in this pack still says the movement best.
    if let yearFlag = item.flags.first(where: isYearAgo), !item.exceptionFlags.contains(yearFlag) {
      return flags + [
        Reason(rule: yearFlag.rule, severity: yearFlag.severity, text: yearFlag.message)
      ]
    }
    return flags + movementUnsaid(in: item.exceptionFlags, of: item)
  }

  /// Every flag's sentence for an indicator's own page, then its movement when no flag says
  /// it, so a measure the rules do not judge still has its movement in words.
  public static func findings(_ item: IndicatorAssessment) -> [Reason] {
    item.flags.map { Reason(rule: $0.rule, severity: $0.severity, text: $0.message) }
      + movementUnsaid(in: item.flags, of: item)
  }

  /// The movement sentence, unless one of `flags` already states the year's movement.
  static func movementUnsaid(in flags: [Flag], of item: IndicatorAssessment) -> [Reason] {
    guard let movement = item.direction.headlineMovement, movement.way != .level,
      !flags.contains(where: isYearAgo)
    else { return [] }
    let severity: Severity =
      switch movement.meaning {
      case .worse: .watch
      case .better: .good
      default: .info
      }
    return [Reason(rule: nil, severity: severity, text: movement.sentence)]
  }

  /// Whether a flag states the year's movement.
  static func isYearAgo(_ flag: Flag) -> Bool {
    flag.rule == .worseThanYearAgo || flag.rule == .betterThanYearAgo
  }
}
