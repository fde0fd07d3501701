import IndicatorModel

/// The definition `boardpack import` writes for an indicator the pack does not have yet:
/// everything the export knows, and `polarity: unset` with a comment, because which direction
/// is good is the officer's decision, never a guess.
struct NewIndicatorFile {
  let indicator: Indicator
  /// Where the figures come from, with the publisher's indicator number.
  let source: String
  /// Whether the measure was read from the figures rather than given with --measure.
  let measureInferred: Bool
  /// Whether the theme is the pack's only one, taken because none was given.
  let themeDefaulted: Bool
  /// What the export's own labels suggest; never set as the polarity.
  let suggestion: PolaritySuggestion?

  var text: String {
    let m = indicator.measure
    var lines = [
      "# Written by `boardpack import` from \(source). Review every line; then set polarity.",
      "id: \(indicator.id)",
      "title: \(Self.quoted(indicator.title))",
      "theme: \(indicator.theme)"
        + (themeDefaulted
          ? "  # the pack's only theme: change it if you add one where it belongs better" : ""),
      "measure:"
        + (measureInferred
          ? "  # read from the export's figures (value = count / denominator × multiplier)" : ""),
      "  type: \(m.type.rawValue)",
      "  multiplier: \(m.multiplier == m.multiplier.rounded() ? String(Int(m.multiplier)) : String(m.multiplier))",
      "  unit: \(Self.quoted(m.unit))",
      "  decimals: \(m.decimals)",
      "  ci: \(m.ci.rawValue)",
      "# Not set by the import: choose higher-is-better, lower-is-better or no-judgement.",
      "# Until then `boardpack check` warns, and comparisons say higher or lower, never better or worse.",
    ]
    if let suggestion {
      lines.append("# Suggested by the publisher's labels: \(suggestion.sentence).")
    }
    lines += [
      "polarity: unset",
      "periodicity: \(indicator.periodicity.rawValue)",
      "comparison: \(indicator.comparison.rawValue)",
      "source: \(Self.quoted(source))",
    ]
    if indicator.periodicity == .financialYear {
      lines.insert(
        "# Read as financial years from labels like 2023/24; use academic-year if the data is by school year.",
        at: lines.count - 3)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A YAML double-quoted string.
  static func quoted(_ text: String) -> String {
    "\""
      + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
        of: "\"", with: "\\\"") + "\""
  }
}
