import IndicatorModel

/// One rule of the engine: a pure function from an indicator's readings to an optional flag.
///
/// The engine is this table: which rules run, in which order. Severities live in the rules;
/// which flags make an exception is configuration (pack.yaml `rules.exceptions`).
public struct Rule: Sendable {
  public var id: RuleID
  public var evaluate: @Sendable (IndicatorReadings) -> Flag?

  public init(_ id: RuleID, _ evaluate: @escaping @Sendable (IndicatorReadings) -> Flag?) {
    self.id = id
    self.evaluate = evaluate
  }

  /// Every rule boardpack knows, in the order flags of equal severity are listed.
  public static let standard: [Rule] = [
    Rule(.missingData, missingDataFlag),
    Rule(.targetRed, targetRedFlag),
    Rule(.targetAmber, targetAmberFlag),
    Rule(.targetGreen, targetGreenFlag),
    Rule(.spcConcern, spcConcernFlag),
    Rule(.spcImprovement, spcImprovementFlag),
    Rule(.assuranceFail, assuranceFailFlag),
    Rule(.assurancePass, assurancePassFlag),
    Rule(.worseThanEngland, worseThanEnglandFlag),
    Rule(.betterThanEngland, betterThanEnglandFlag),
    Rule(.worseThanComparator, worseThanComparatorFlag),
    Rule(.betterThanComparator, betterThanComparatorFlag),
    Rule(.notCompared, notComparedFlag),
    Rule(.bottomQuartile, bottomQuartileFlag),
    Rule(.groupRank, groupRankFlag),
    Rule(.worseningStreak, worseningStreakFlag),
    Rule(.worseThanYearAgo, worseThanYearAgoFlag),
    Rule(.betterThanYearAgo, betterThanYearAgoFlag),
    Rule(.trendGettingWorse, trendGettingWorseFlag),
    Rule(.trendGettingBetter, trendGettingBetterFlag),
    Rule(.provisional, provisionalFlag),
    Rule(.actionOverdue, actionOverdueFlag),
  ]
}

extension Array where Element == Rule {
  /// The flags these rules raise, most severe first (table order within a severity).
  public func flags(for readings: IndicatorReadings) -> [Flag] {
    let raised = compactMap { $0.evaluate(readings) }
    return raised.enumerated()
      .sorted { a, b in
        a.element.severity.rank != b.element.severity.rank
          ? a.element.severity.rank < b.element.severity.rank : a.offset < b.offset
      }
      .map(\.element)
  }
}
