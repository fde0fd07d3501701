import Analysis
import IndicatorModel

/// "What changed since the last pack" as every output says it: one line saying what the pack
/// is compared with, a note when the last pack came from another boardpack version or other
/// rules, and the changes in groups (new, cleared and continuing exceptions, target status, SPC
/// reading, revised figures), each line naming its indicator.
public struct ChangeReport: Hashable, Sendable {
  public static let heading = "What changed since the last pack"

  /// "Compared with the 2013/14 Q3 pack." or why there is nothing to compare with.
  public var intro: String
  /// Another version or other rules.
  public var notes: [String]
  /// The groups that have anything in them, in reading order.
  public var groups: [Group]

  public struct Group: Hashable, Sendable {
    /// "New exceptions (2)".
    public var title: String
    public var items: [Item]
    /// "…and 14 more revised figures." when the list was cut short.
    public var more: String?
  }

  public struct Item: Hashable, Sendable {
    /// The indicator's id, for a link to its page.
    public var indicator: String
    /// The indicator's title.
    public var title: String
    /// What changed: "Amber → Red", "2013/14 Q2, Stockport: 52.0% → 53.1%"; nil for a
    /// continuing exception, whose reasons the exceptions that follow give.
    public var text: String?
  }
}

extension Words {
  /// The changes for the pack, or for the indicators `only` names (a partner's part). `limit`
  /// cuts each list short for paper (the dashboard lists everything).
  public static func changes(
    _ changes: PackChanges, assessment: Assessment, pack: Pack, only: Set<String>? = nil,
    limit: Int? = nil
  ) -> ChangeReport {
    let part = only.map { changes.limited(to: $0) } ?? changes
    let items = Dictionary(
      assessment.indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let measures = Dictionary(
      pack.indicators.map { ($0.id, $0.measure) }, uniquingKeysWith: { a, _ in a })
    func title(_ id: String) -> String { items[id]?.title ?? id }
    func reason(_ id: String) -> String {
      items[id].flatMap { Words.reasons($0).first?.text } ?? ""
    }

    guard let previous = part.previous else {
      return ChangeReport(
        intro: "There is no earlier pack to compare this one with.", notes: [], groups: [])
    }
    let last = "the \(previous.period) pack"
    if let problem = previous.problem {
      return ChangeReport(
        intro: "This pack cannot be compared with \(last): \(problem).", notes: [], groups: [])
    }
    var notes: [String] = []
    let earlier = assessment.period.flatMap { period in
      Period(previous.period, periodicity: period.periodicity).map { (period, $0) }
    }
    if let (period, earlier) = earlier {
      let boards = (pack.meeting(for: earlier).board, pack.meeting(for: period).board)
      if let before = boards.0, let now = boards.1, before != now {
        notes.append("\(last.capitalisedFirst) went to the \(before); this one goes to the \(now).")
      }
    }
    if !previous.sameVersion, let version = previous.generatorVersion {
      notes.append(
        "\(last.capitalisedFirst) was made by boardpack \(version), so some changes may come "
          + "from the tool rather than the figures.")
    }
    if !previous.sameRules {
      notes.append(
        "\(last.capitalisedFirst) was assessed with other rules, so some exceptions may have "
          + "come or gone with the rules rather than the figures.")
    }

    var groups: [ChangeReport.Group] = []
    func add(_ name: String, _ list: [ChangeReport.Item], noun: String) {
      guard !list.isEmpty else { return }
      let shown = limit.map { Array(list.prefix($0)) } ?? list
      let rest = list.count - shown.count
      groups.append(
        ChangeReport.Group(
          title: "\(name) (\(list.count))", items: shown,
          more: rest > 0 ? "…and \(rest) more \(rest == 1 ? noun : noun + "s")." : nil))
    }
    add(
      "New exceptions",
      part.newExceptions.map { .init(indicator: $0, title: title($0), text: reason($0)) },
      noun: "exception")
    add(
      "No longer exceptions",
      part.clearedExceptions.map { cleared in
        .init(
          indicator: cleared.indicator, title: cleared.title,
          text: cleared.inPack
            ? "\(last) said “\(cleared.reasons.first ?? "an exception")”"
            : "no longer in the pack")
      }, noun: "exception")
    add(
      "Continuing exceptions",
      part.continuingExceptions.map { .init(indicator: $0, title: title($0), text: nil) },
      noun: "exception")
    add(
      "Target status changed",
      part.targetChanges.map { change in
        .init(
          indicator: change.indicator, title: title(change.indicator),
          text: "\(statusWord(change.from)) → \(statusWord(change.to))")
      }, noun: "change")
    add(
      "SPC reading changed",
      part.spcChanges.map { change in
        .init(
          indicator: change.indicator, title: title(change.indicator),
          text: "\(spc(change.from)) → \(spc(change.to))")
      }, noun: "change")
    add(
      "Figures revised since the last pack",
      part.revisions.map { revision in
        let measure = measures[revision.indicator] ?? Measure(type: .value, unit: "", decimals: 1)
        let area = pack.areasByCode[revision.area]?.name ?? revision.area
        let (from, to) =
          revision.to.map { measure.displayDistinct(revision.from, $0) }
          ?? (measure.display(revision.from), "no figure")
        return .init(
          indicator: revision.indicator, title: title(revision.indicator),
          text: "\(revision.period.shownLabel), \(area): \(from) → \(to)")
      }, noun: "revised figure")

    var intro = "Compared with \(last)."
    if let (period, earlier) = earlier, period.index - earlier.index > 1 {
      let gap = period.index - earlier.index
      let unit = period.periodicity.unitName
      intro =
        "Compared with \(last), \(gap) \(unit.plural) earlier: the latest built before this one."
    }
    if groups.isEmpty {
      intro +=
        " Nothing changed: no exception came or went, no status or SPC reading moved, and no "
        + "figure was revised."
    }
    return ChangeReport(intro: intro, notes: notes, groups: groups)
  }

  /// A target status in a change: "Red", "Amber", "Green", "No figure yet".
  static func statusWord(_ status: TargetStatus) -> String {
    status == .none ? "No figure yet" : targetLabel(status)
  }

  /// An SPC reading in a change: "Common cause", "Concern: unusually high; Target consistently
  /// missed" — the words `spc(_:)` gives the same reading.
  public static func spc(_ state: SPCState) -> String {
    switch state.reading {
    case .insufficientData: "Too few points"
    case .noVariation: "No variation"
    case .ok: variation(state.variation) + (state.assurance.map { "; " + assurance($0) } ?? "")
    }
  }
}

extension String {
  /// The string with its first letter in capitals: "The 2013/14 Q3 pack".
  var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
