import IndicatorModel
import PackLoader

/// The one line `check` prints: `Indicators: 14 indicators, 1,234 observations, 2 partners — 0
/// errors, 1 warning`.
struct CheckSummary {
  let directory: String
  let result: LoadResult
  /// The period asked for with `--period`, named in the summary when given.
  let period: Period?

  var line: String {
    let pack = result.pack
    var parts = [
      count(pack?.indicators.count ?? 0, "indicator"),
      count(pack?.observations.count ?? 0, "observation"),
      count(pack?.partners.count ?? 0, "partner"),
    ]
    if let period, let pack {
      let figures = pack.observations.filter { $0.period == period }.count
      parts.append("\(count(figures, "observation")) in \(period.label)")
    }
    let problems = [count(result.errorCount, "error"), count(result.warningCount, "warning")]
    return "\(directory): \(parts.joined(separator: ", ")) — \(problems.joined(separator: ", "))"
  }

  private func count(_ n: Int, _ noun: String) -> String {
    "\(NumberFormat.format(Double(n), decimals: 0)) \(noun)\(n == 1 ? "" : "s")"
  }
}
