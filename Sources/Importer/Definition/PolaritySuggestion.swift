import Analysis
import IndicatorModel
import PackLoader

/// What the publisher's own labels say about which direction is better, for a new indicator.
/// It is only suggested, never set: the choice is the officer's (design §3, `import`).
///
/// A row votes through its labels: "Better" / "Worse" against England or the parent with the
/// row's value above or below theirs ("Worse" while higher means lower is better), and a recent
/// trend such as "Decreasing and getting better". A row whose labels point both ways counts
/// against either polarity.
struct PolaritySuggestion: Sendable, Equatable {
  let polarity: Polarity
  /// Rows whose labels all point to `polarity`.
  let agreeing: Int
  /// Rows with at least one label that points either way.
  let labelled: Int
  /// The label words behind the suggestion, as the export writes them.
  let words: [String]

  /// `polarity: lower-is-better — the export's "Worse"/"getting better" labels agree with it in
  /// 151 of 151 rows`.
  var sentence: String {
    let quoted = words.map { "\"\($0)\"" }.joined(separator: "/")
    return
      "polarity: \(polarity.rawValue) — the export's \(quoted) labels agree with it in \(agreeing) of \(labelled) rows"
  }

  /// Nil when no label points either way, or as many rows point each way.
  init?(rows: [ImportedRow], englandCode: String) {
    var values: [String: Double] = [:]
    for row in rows {
      if let value = Self.value(row) { values["\(row.area)|\(row.period.index)"] = value }
    }
    var agreeing: [Polarity: Int] = [:]
    var words: [Polarity: [String]] = [:]
    var labelled = 0
    for row in rows {
      var votes: [(Polarity, String)] = []
      if let value = Self.value(row) {
        let benchmarks = [
          (row.published.england, englandCode), (row.published.parent, row.published.parentCode),
        ]
        for case (let label?, let code?) in benchmarks where code != row.area {
          if let other = values["\(code)|\(row.period.index)"],
            let vote = Self.vote(label, value: value, benchmark: other)
          {
            votes.append(vote)
          }
        }
      }
      if let label = row.published.trend, let vote = Self.vote(trend: label) { votes.append(vote) }
      guard let first = votes.first?.0 else { continue }
      labelled += 1
      guard votes.allSatisfy({ $0.0 == first }) else { continue }
      agreeing[first, default: 0] += 1
      for (_, word) in votes where !(words[first] ?? []).contains(word) {
        words[first, default: []].append(word)
      }
    }
    let higher = agreeing[.higherIsBetter] ?? 0
    let lower = agreeing[.lowerIsBetter] ?? 0
    guard higher != lower else { return nil }
    polarity = higher > lower ? .higherIsBetter : .lowerIsBetter
    self.agreeing = max(higher, lower)
    self.labelled = labelled
    let seen = words[polarity] ?? []
    self.words = ["Better", "Worse", "getting better", "getting worse"].filter(seen.contains)
  }

  private static func value(_ row: ImportedRow) -> Double? {
    guard let text = row.cells["value"], case .number(let value, _) = CellNumberReading(text)
    else { return nil }
    return value
  }

  /// "Better" while higher than the benchmark means higher is better, and so on.
  private static func vote(_ label: String, value: Double, benchmark: Double) -> (
    Polarity, String
  )? {
    guard value != benchmark, let comparison = PublishedLabel.comparison(label) else { return nil }
    let better: Bool
    switch comparison {
    case .better, .better998: better = true
    case .worse, .worse998: better = false
    default: return nil
    }
    let word = better ? "Better" : "Worse"
    return ((value > benchmark) == better ? .higherIsBetter : .lowerIsBetter, word)
  }

  private static func vote(trend label: String) -> (Polarity, String)? {
    switch PublishedLabel.trend(label) {
    case .increasingGettingBetter?: (.higherIsBetter, "getting better")
    case .decreasingGettingWorse?: (.higherIsBetter, "getting worse")
    case .decreasingGettingBetter?: (.lowerIsBetter, "getting better")
    case .increasingGettingWorse?: (.lowerIsBetter, "getting worse")
    default: nil
    }
  }
}
