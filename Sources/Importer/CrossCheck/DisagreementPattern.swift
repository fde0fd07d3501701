/// Which way a disagreement goes; when most go one way, it says why in words.
public enum DisagreementPattern: String, Sendable, Hashable, CaseIterable {
  /// Better where the publisher says worse, and the reverse.
  case reversed
  /// Higher / lower where the publisher says better / worse: polarity not set.
  case unjudged
  /// Significant for boardpack, similar for the publisher.
  case stricter
  /// Similar for boardpack, significant for the publisher.
  case looser
  /// Boardpack could not compare (no interval, no benchmark value).
  case boardpackNotCompared
  /// The publisher did not compare (a value not presented).
  case publisherNotCompared
  /// Boardpack cannot calculate a trend the publisher gives.
  case trendMissingYears
  /// Any other pair of trend readings.
  case trendDiffers

  var explanation: String {
    switch self {
    case .reversed:
      "are better for one and worse for the other: the likely cause is polarity set the other way round in the indicator's definition."
    case .unjudged:
      "say higher or lower where the publisher says better or worse: the likely cause is that polarity is not set (or is no-judgement); set it in the indicator's definition."
    case .stricter:
      "are significant for boardpack but similar for the publisher: the likely cause is a different comparison method — the publisher may compare at 99.8% (comparison: ci-overlap-99.8) or use wider intervals than measure.ci gives."
    case .looser:
      "are similar for boardpack but significant for the publisher: the likely cause is a different comparison method — boardpack's intervals are wider than the published ones (check measure.ci; ci: supplied uses the published intervals) or it compares at 99.8%."
    case .boardpackNotCompared:
      "are not compared by boardpack: the likely cause is a missing interval (measure.ci: none, or no published CI) or no value for the comparator in the pack."
    case .publisherNotCompared:
      "are not compared by the publisher: its values were not presented or it had no interval for them."
    case .trendMissingYears:
      "are recent trends boardpack cannot calculate: the likely cause is that the pack lacks the earlier years the test needs (5 points with counts and intervals); import the earlier years too."
    case .trendDiffers:
      "are recent trends read differently: the likely cause is that the earlier years in the pack come from a different release than the publisher used."
    }
  }
}
