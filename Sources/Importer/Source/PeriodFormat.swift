import IndicatorModel

/// How a mapped CSV writes its periods (`--period-format`), named by an example of the form.
public enum PeriodFormat: String, CaseIterable, Sendable {
  /// As the pack writes them, in the indicator's periodicity (`2016/17`, `2019 Q3`, `2019-09`).
  case pack = "2016/17"
  /// Six digits for a financial or academic year, as DfE statistics write them (`201617`).
  case sixDigit = "201617"
  /// A year with a hyphen (`2016-17`).
  case hyphenated = "2016-17"
  /// A quarter before its financial year (`Q3 2019/20`).
  case quarterFirst = "Q3 2019/20"

  /// The pack's label for a cell in this format, or nil when the cell is not in it.
  public func packLabel(_ text: String) -> String? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    switch self {
    case .pack:
      return trimmed
    case .sixDigit:
      guard trimmed.count == 6, trimmed.allSatisfy(\.isNumber) else { return nil }
      return "\(trimmed.prefix(4))/\(trimmed.suffix(2))"
    case .hyphenated:
      let parts = trimmed.split(separator: "-")
      guard parts.count == 2, parts[0].count == 4, parts[1].count == 2 else { return nil }
      return "\(parts[0])/\(parts[1])"
    case .quarterFirst:
      let parts = trimmed.split(separator: " ", omittingEmptySubsequences: true)
      guard parts.count == 2, parts[0].uppercased().hasPrefix("Q") else { return nil }
      return "\(parts[1]) \(parts[0].uppercased())"
    }
  }
}
