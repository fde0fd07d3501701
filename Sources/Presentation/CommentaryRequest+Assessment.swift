import Analysis
import IndicatorModel

extension CommentaryRequest {
  /// The request for the assessment's reporting period (nil without one): an entry for each
  /// exception and each indicator with an action from an earlier meeting, grouped by the owner
  /// the indicator's file names (its lead, else its owner), owners in name order and entries in
  /// the pack's order (by theme, as the scorecard lists them).
  ///
  /// Each entry's author is the owner and its text empty; each carried action is copied as it
  /// was last written — owner and words unchanged, its `id:` and `due:` when it had them — with
  /// `status: open`, for the owner to change to done or dropped. The notes are the sentences the
  /// exceptions list, the dashboard and pack.pdf give, never reworded.
  public init?(pack: Pack, assessment: Assessment) {
    guard let period = assessment.period else { return nil }
    let indicators = Dictionary(pack.indicators.map { ($0.id, $0) }) { first, _ in first }
    var byOwner: [String?: [Entry]] = [:]
    for item in assessment.indicators where item.exception || !item.actions.isEmpty {
      guard let indicator = indicators[item.id] else { continue }
      let owner = indicator.lead ?? indicator.owner
      byOwner[owner, default: []].append(
        Self.entry(item, indicator: indicator, owner: owner, pack: pack, period: period))
    }
    let parts = byOwner.sorted { Self.inNameOrder($0.key, $1.key) }.map { owner, entries in
      Part(owner: owner, heading: Words.requestHeading(owner: owner), entries: entries)
    }
    self.init(
      period: period, preface: Words.requestPreface(pack.meeting(for: period)), parts: parts)
  }

  static func entry(
    _ item: IndicatorAssessment, indicator: Indicator, owner: String?, pack: Pack, period: Period
  ) -> Entry {
    var notes = [item.title]
    if let severity = item.exceptionSeverity {
      notes.append("Why the board should look at this (\(Words.severity(severity))):")
      notes += Words.reasons(item).map { "- " + $0.text }
    } else {
      notes.append("Not an exception in \(period.label).")
    }
    if let latest = Words.evidence(item, indicator: indicator, pack: pack).first {
      notes.append("\(latest.label): \(latest.text)")
    }
    if !item.actions.isEmpty {
      notes.append("Actions from earlier meetings:")
      notes += item.actions.map { carried in
        "- [\(Words.actionState(carried.state))] \(carried.action.action) "
          + "(\(carried.action.owner); raised \(carried.raised.label), due \(Words.date(carried.due)))"
      }
    }
    let actions = item.actions.map { carried in
      Action(
        owner: carried.action.owner, action: carried.action.action, due: carried.action.due,
        id: carried.action.id, status: .open)
    }
    return Entry(
      notes: notes,
      commentary: Commentary(indicator: item.id, author: owner, text: "", actions: actions))
  }

  /// Owners by name, ignoring case; indicators that name no owner last.
  static func inNameOrder(_ a: String?, _ b: String?) -> Bool {
    switch (a, b) {
    case (let a?, let b?): (a.lowercased(), a) < (b.lowercased(), b)
    case (_?, nil): true
    case (nil, _): false
    }
  }
}
