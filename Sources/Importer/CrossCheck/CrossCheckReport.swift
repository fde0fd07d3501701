import IndicatorModel

/// The import's comparison of boardpack's own readings with the publisher's.
public struct CrossCheckReport: Sendable {
  /// Which published judgement a check is about.
  public enum Kind: String, Sendable, CaseIterable {
    case england = "England"
    case parent = "parent"
    case trend = "recent trend"
  }

  /// One published judgement set beside boardpack's.
  public struct Check: Sendable, Hashable {
    /// What is compared.
    public var kind: Kind
    /// The area code and name.
    public var area: String
    public var areaName: String?
    public var period: Period
    /// The comparator's name (`England`, the parent's name) or `recent trend`.
    public var comparator: String
    /// The publisher's label as written, and boardpack's (kebab-case, as in assessments).
    public var published: String
    public var computed: String
    /// Whether they mean the same.
    public var agrees: Bool
    /// Which way a disagreement goes, for finding the likely cause.
    public var pattern: DisagreementPattern?
  }

  /// Every check made, in file order.
  public var checks: [Check] = []
  /// Published labels that could not be checked, with why (e.g. no value for the parent).
  public var notChecked: [String: Int] = [:]

  /// The checks that disagree.
  public var disagreements: [Check] { checks.filter { !$0.agrees } }

  /// `24 of 26 published judgements agree (England 12 of 12, …)`.
  public var summaryLine: String {
    let agreed = checks.filter(\.agrees).count
    var parts: [String] = []
    for kind in Kind.allCases {
      let ofKind = checks.filter { $0.kind == kind }
      guard !ofKind.isEmpty else { continue }
      parts.append("\(kind.rawValue) \(ofKind.filter(\.agrees).count) of \(ofKind.count)")
    }
    var line =
      "cross-check: \(agreed) of \(checks.count) published judgement\(checks.count == 1 ? "" : "s") agree"
    if !parts.isEmpty { line += " (\(parts.joined(separator: ", ")))" }
    let skipped = notChecked.values.reduce(0, +)
    if skipped > 0 {
      let reasons = notChecked.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
      line += "; not checked: \(reasons.joined(separator: ", "))"
    }
    return line
  }

  /// The likely cause in words, when most disagreements go one way; nil otherwise.
  public var likelyCause: String? {
    let disagreeing = disagreements
    guard !disagreeing.isEmpty else { return nil }
    var counts: [DisagreementPattern: Int] = [:]
    for check in disagreeing { if let pattern = check.pattern { counts[pattern, default: 0] += 1 } }
    guard
      let (pattern, count) = counts.max(by: {
        ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue)
      }),
      count * 2 > disagreeing.count
    else { return nil }
    return "\(count) of \(disagreeing.count) disagreements \(pattern.explanation)"
  }
}
