import Analysis

/// The publisher's words read as boardpack's labels: Fingertips writes `Better`, `Similar`,
/// `Worse`, `Higher`, `Lower`, `Not compared`, two-level `Better 99.8%`, and trends such as
/// `Decreasing and getting better`. Quintile and percentile labels have no boardpack
/// equivalent and are not checked.
enum PublishedLabel {
  static func comparison(_ text: String) -> BenchmarkComparison? {
    let words = text.lowercased().trimmingCharacters(in: .whitespaces)
    let at998 = words.contains("99.8")
    let base = words.split(separator: " ").first.map(String.init) ?? ""
    switch base {
    case "better": return at998 ? .better998 : .better
    case "worse": return at998 ? .worse998 : .worse
    case "higher": return at998 ? .higher998 : .higher
    case "lower": return at998 ? .lower998 : .lower
    case "similar", "same": return .similar
    case "not": return words.hasPrefix("not compared") ? .notCompared : nil
    default: return nil
    }
  }

  static func trend(_ text: String) -> TrendResult? {
    let words = text.lowercased().trimmingCharacters(in: .whitespaces)
    let increasing = words.hasPrefix("increasing")
    let decreasing = words.hasPrefix("decreasing")
    if increasing || decreasing {
      if words.contains("better") {
        return increasing ? .increasingGettingBetter : .decreasingGettingBetter
      }
      if words.contains("worse") {
        return increasing ? .increasingGettingWorse : .decreasingGettingWorse
      }
      return increasing ? .increasing : .decreasing
    }
    if words.hasPrefix("no significant change") { return .noSignificantChange }
    if words.contains("cannot be calculated") || words.contains("could not be calculated") {
      return .cannotBeCalculated
    }
    return nil
  }
}
