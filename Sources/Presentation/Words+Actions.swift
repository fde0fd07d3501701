import Analysis
import IndicatorModel

extension Words {
  /// Where a carried action stands, as every output says it.
  public static func actionState(_ state: ActionState) -> String {
    switch state {
    case .due: "Due at this meeting"
    case .overdue: "Overdue"
    case .open: "Open"
    case .lapsed: "Lapsed: four reporting periods past due; listed this once"
    }
  }

  /// The sentence above the list of actions from earlier meetings.
  public static func carriedActionsIntro(_ actions: [CarriedAction]) -> String {
    let due = actions.filter { $0.state == .due }.count
    let overdue = actions.filter { $0.state == .overdue }.count
    func count(_ n: Int, _ what: String) -> String { "\(n) \(n == 1 ? "is" : "are") \(what)" }
    var parts: [String] = []
    if due > 0 { parts.append(count(due, "due at this meeting")) }
    if overdue > 0 { parts.append(count(overdue, "overdue")) }
    let summary = parts.isEmpty ? "" : " Of these, " + parts.joined(separator: " and ") + "."
    return
      "\(actions.count) action\(actions.count == 1 ? "" : "s") from earlier meetings of this board "
      + "\(actions.count == 1 ? "is" : "are") not yet closed.\(summary) An action with no due "
      + "date is due at the next meeting; mark it done or dropped in a later commentary file."
  }

  /// Every carried action of the pack, overdue first, then due, open and lapsed, each in pack
  /// order.
  public static func carriedActions(_ assessment: Assessment) -> [CarriedAction] {
    let order: [ActionState] = [.overdue, .due, .open, .lapsed]
    let all = assessment.indicators.flatMap(\.actions)
    return order.flatMap { state in all.filter { $0.state == state } }
  }
}
