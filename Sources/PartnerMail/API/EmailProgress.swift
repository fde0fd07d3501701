import Mail

/// What `PartnerMail.run` reports as it goes, each as soon as it is known.
public enum EmailProgress: Sendable {
  /// Records of messages sent were copied from the logs where earlier versions kept them (`from`)
  /// into the send log (`to`); reported before any partner.
  case copiedLegacyRecords(count: Int, from: [String], to: String)
  /// One partner's outcome (`MailOutcome.group` is the partner's id).
  case partner(MailOutcome)

  /// The line to show, e.g. `health: sent to a@nhs.example (<…>)`.
  public var line: String {
    switch self {
    case .copiedLegacyRecords(let count, let from, let to):
      return
        "note: copied \(count) record\(count == 1 ? "" : "s") of messages sent from \(from.joined(separator: ", ")) (where earlier versions kept the send log) to \(to)"
    case .partner(let outcome):
      return outcome.summary
    }
  }

  /// Whether it reports a failure, for standard error.
  public var isFailure: Bool {
    guard case .partner(let outcome) = self else { return false }
    return outcome.isFailure
  }
}
