import Presentation
extension TrendChart {
  /// "Trend of …: 24 periods from 2008/09 Q1 to 2013/14 Q4. Latest (2013/14 Q4): 55.0%
  /// (95% CI 54.0% to 56.0%). Target 80.0%. England 67.0%."
  public var altText: String {
    var parts = ["Trend chart of \(title) for \(areaName)."]
    let present = points.filter { $0.value != nil }
    if let first = points.first, let last = points.last {
      parts.append("\(points.count) periods from \(first.label) to \(last.label).")
    }
    if let latest = present.last {
      var text = "Latest (\(latest.label)): \(format.string(latest.value))"
      if let lower = latest.lower, let upper = latest.upper {
        text += " (95% CI \(format.string(lower)) to \(format.string(upper)))"
      }
      if latest.provisional { text += ", provisional" }
      parts.append(text + ".")
    }
    if let target { parts.append("\(target.label): \(format.string(target.value)).") }
    for comparator in comparators {
      if let value = comparator.values.last(where: { $0 != nil }) ?? nil {
        parts.append("\(comparator.name): \(format.string(value)).")
      }
    }
    let missing = points.filter { $0.value == nil }.map(\.label)
    if !missing.isEmpty { parts.append("No figure for \(missing.joined(separator: ", ")).") }
    if let reading, !reading.isEmpty { parts.append(reading) }
    return parts.joined(separator: " ")
  }
}

extension ControlChart {
  /// The SPC reading in words: the latest point and its reading, the icons, the limits.
  public var altText: String {
    var parts = ["SPC chart of \(title), \(points.count) periods."]
    if let latest = points.last(where: { $0.value != nil }) {
      parts.append(
        "Latest (\(latest.label)): \(format.string(latest.value)), \(latest.cause.legendLabel.lowercased())."
      )
      if showsLimits, let mean = latest.mean {
        var text = "Mean \(format.string(mean))"
        if let lower = latest.lowerLimit, let upper = latest.upperLimit {
          text += ", process limits \(format.string(lower)) to \(format.string(upper))"
        }
        parts.append(text + ".")
      }
    }
    let special = points.filter { $0.cause != .common && $0.value != nil }
    if !special.isEmpty {
      parts.append("Special cause at \(special.map(\.label).joined(separator: ", ")).")
    }
    if let insufficientDataNote { parts.append(insufficientDataNote) }
    if showsLimits, let variation { parts.append("Variation: \(variation.caption).") }
    if showsLimits, let assurance { parts.append("Assurance: \(assurance.caption).") }
    if let target { parts.append("\(target.label): \(format.string(target.value)).") }
    if let reading, !reading.isEmpty { parts.append(reading) }
    return parts.joined(separator: " ")
  }
}

extension CompareChart {
  /// Every bar in order, with its comparison where it has one: "Stockport 55.0% (95% CI …;
  /// significantly worse than England); England 67.0%; …".
  public var altText: String {
    let list = sortedBars.map { bar -> String in
      var details: [String] = []
      if let lower = bar.lower, let upper = bar.upper {
        details.append("95% CI \(format.string(lower)) to \(format.string(upper))")
      }
      if let words = comparisonWords(bar) { details.append(words) }
      let text = "\(bar.name) \(format.string(bar.value))"
      return details.isEmpty ? text : text + " (" + details.joined(separator: "; ") + ")"
    }
    let text = "Bar chart comparing \(title), \(periodLabel): " + list.joined(separator: "; ") + "."
    guard let reading, !reading.isEmpty else { return text }
    return text + " " + reading
  }
}

extension CompareChart {
  /// A bar's comparison in words, for the text alternative and the data table: "significantly
  /// worse than England", "not compared with England"; nil for a bar with none (England, a
  /// group mean).
  public func comparisonWords(_ bar: Bar) -> String? {
    bar.comparison.map { Words.comparison($0, with: comparedWith) }
  }
}

extension Sparkline {
  /// The span drawn, when earlier periods were left out, then the first and latest figures
  /// and the target: "Registration, last 20 of 42 quarters, 2009/10 Q1 to 2013/14 Q4: 45.0% in
  /// 2009/10 Q1, 55.0% in 2013/14 Q4. Target 80.0%."
  public var altText: String {
    let present = zip(labels, values).compactMap { label, value in value.map { (label, $0) } }
    var heading = title
    if isShortened, let from = labels.first, let to = labels.last {
      heading += ", last \(values.count) of \(totalPeriods) \(periodNoun), \(from) to \(to)"
    }
    guard let first = present.first, let last = present.last else {
      return "\(heading): no figures."
    }
    var text =
      "\(heading): \(format.string(first.1)) in \(first.0), \(format.string(last.1)) in \(last.0)."
    if let target { text += " Target \(format.string(target))." }
    if let reading, !reading.isEmpty { text += " " + reading }
    return text
  }
}
