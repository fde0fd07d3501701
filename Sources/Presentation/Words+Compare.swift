import Analysis
import IndicatorModel

extension Words {
  /// The comparisons a compare chart's legend lists, in the key's words (`comparison(_:)`):
  /// better, similar, worse and not compared, or higher, similar, lower and not compared where
  /// neither direction is better.
  public static func comparisonLegend(_ polarity: Polarity) -> [BenchmarkComparison] {
    polarity == .noJudgement
      ? [.higher, .similar, .lower, .notCompared] : [.better, .similar, .worse, .notCompared]
  }

  /// The heading of a compare chart's colour legend: "Compared with England:".
  public static func comparedWith(_ name: String) -> String {
    "Compared with \(name):"
  }

  /// The area's place in a comparator group on one scale, 1 the best (or the highest where
  /// neither direction is better), with the quartile in words on the same scale: "Stockport
  /// ranks 11th of 11 among Statistical neighbours (1 = best), bottom quartile."
  public static func groupRank(
    area: String, group: String, standing: GroupStanding, polarity: Polarity
  ) -> String? {
    guard let rank = standing.rank else { return nil }
    let top = polarity == .noJudgement ? "highest" : "best"
    var text = "\(area) ranks \(ordinal(rank)) of \(standing.of) among \(group) (1 = \(top))"
    if let quartile = standing.quartile {
      text += ", " + quartileWords(quartile, polarity: polarity)
    }
    return text + "."
  }

  /// A quartile, 1 the best (or highest): "top quartile" … "bottom quartile", or "highest
  /// quartile" … "lowest quartile" where neither direction is better.
  public static func quartileWords(_ quartile: Int, polarity: Polarity) -> String {
    let judged = ["top quartile", "second quartile", "third quartile", "bottom quartile"]
    let unjudged = [
      "highest quartile", "second-highest quartile", "second-lowest quartile", "lowest quartile",
    ]
    let words = polarity == .noJudgement ? unjudged : judged
    return words[min(max(quartile, 1), 4) - 1]
  }
}
