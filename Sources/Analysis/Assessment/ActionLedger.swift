import IndicatorModel

/// Where an action raised at an earlier meeting stands at this one.
public enum ActionState: String, CaseIterable, Sendable, Codable {
  /// Due at this meeting.
  case due
  /// Fell due at an earlier meeting and is not done (a `watch` flag).
  case overdue
  /// Not due yet.
  case open
  /// Four reporting periods past due and never closed: listed this once, then no more.
  case lapsed
}

/// An action from an earlier meeting's commentary that is still on the board's list.
public struct CarriedAction: Hashable, Sendable {
  public var indicator: String
  public var action: Action
  /// The period whose commentary first raised it.
  public var raised: Period
  /// Its due date, or the next meeting's as-at date when it gave none.
  public var due: CalendarDate
  public var state: ActionState
}

/// The actions carried from meeting to meeting (issue 20): every action not done stays on the
/// list of each later pack of the same board until a later commentary file closes it (`status:
/// done` or `dropped`, matched by `id:`, else by indicator, owner and text) or until four
/// reporting periods after it fell due, when it is listed once as lapsed. A change of board in
/// meetings.yaml ends the carrying.
enum ActionLedger {
  /// How many reporting periods past due an action is still carried.
  static let lapsesAfter = 4

  static func carried(in pack: Pack, at period: Period) -> [CarriedAction] {
    let earlier = earlierMeetings(in: pack, before: period)
    guard !earlier.isEmpty else { return [] }
    var open: [(key: String, item: (indicator: String, action: Action, raised: Period))] = []
    func apply(_ q: Period, adding: Bool) {
      for (indicator, commentary) in (pack.commentary[q] ?? [:]).sorted(by: { $0.key < $1.key }) {
        for action in commentary.actions {
          let key = Self.key(action, indicator: indicator)
          let at = open.firstIndex { $0.key == key }
          if action.status == .done || action.status == .dropped {
            if let at { open.remove(at: at) }
          } else if let at {
            open[at].item.action = action
          } else if adding {
            open.append((key, (indicator, action, q)))
          }
        }
      }
    }
    for q in earlier.reversed() { apply(q, adding: true) }
    // This meeting's own file may close an action; the actions it raises are its own, not carried.
    apply(period, adding: false)
    return open.compactMap { _, item in
      let next = Period(periodicity: period.periodicity, index: item.raised.index + 1)
      let due = item.action.due ?? pack.documentDate(for: next)
      let fellDue = Self.meeting(atOrAfter: due, from: next, in: pack)
      let state: ActionState
      switch period.index - fellDue.index {
      case ..<0: state = .open
      case 0: state = .due
      case 1..<lapsesAfter: state = .overdue
      case lapsesAfter: state = .lapsed
      default: return nil
      }
      return CarriedAction(
        indicator: item.indicator, action: item.action, raised: item.raised, due: due,
        state: state)
    }
  }

  /// The actions a meeting's own commentary raises on an indicator: those that restate no
  /// action of the same board's earlier meetings. A restated action (the same `id:`, else the
  /// same owner and text) updates or closes the earlier one — `boardpack commentary` copies
  /// every carried action into the new file for its owner to mark done — so the board reads it
  /// among the actions from earlier meetings, or not at all once closed, never as a new one.
  static func raised(in pack: Pack, at period: Period, indicator: String) -> [Action] {
    let actions = pack.commentary[period]?[indicator]?.actions ?? []
    let earlier = Set(
      earlierMeetings(in: pack, before: period).flatMap { q in
        (pack.commentary[q] ?? [:]).flatMap { id, commentary in
          commentary.actions.map { key($0, indicator: id) }
        }
      })
    return actions.filter { !earlier.contains(key($0, indicator: indicator)) }
  }

  /// The same board's earlier meetings that have a commentary file, latest first, back to a
  /// change of board.
  static func earlierMeetings(in pack: Pack, before period: Period) -> [Period] {
    let board = pack.meeting(for: period).board
    let periods = pack.commentary.keys.filter { $0.periodicity == period.periodicity }
    guard let first = periods.min(), first < period else { return [] }
    var earlier: [Period] = []
    var index = period.index - 1
    while index >= first.index {
      let q = Period(periodicity: period.periodicity, index: index)
      if pack.meeting(for: q).board != board { break }
      if pack.commentary[q] != nil { earlier.append(q) }
      index -= 1
    }
    return earlier
  }

  /// The first meeting from `start` whose as-at date is on or after `date`: the one the action
  /// falls due at.
  static func meeting(atOrAfter date: CalendarDate, from start: Period, in pack: Pack) -> Period {
    var q = start
    var steps = 0
    // A due date decades ahead is a typing mistake; stop looking after 200 periods.
    while pack.documentDate(for: q) < date && steps < 200 {
      q = Period(periodicity: q.periodicity, index: q.index + 1)
      steps += 1
    }
    return q
  }

  /// What identifies an action across commentary files: its `id:`, else indicator, owner and
  /// text, without case or spacing differences.
  static func key(_ action: Action, indicator: String) -> String {
    if let id = action.id { return "id:\(id)" }
    func plain(_ text: String) -> String {
      text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
    return "\(indicator)|\(plain(action.owner))|\(plain(action.action))"
  }
}
