import Foundation
import IndicatorModel

/// What changed since the last pack (issue 20): the exceptions that are new, cleared and
/// continuing, changes of target status and of SPC reading, and figures revised since then.
/// Every output's "What changed since the last pack" and `boardpack changes` read this, and
/// `assessment.json` holds it as `changes`.
public struct PackChanges: Hashable, Sendable {
  /// The pack compared with; nil when there was none.
  public var previous: Previous?
  /// Indicator ids, in the order the outputs list exceptions.
  public var newExceptions: [String] = []
  /// With the reasons the last pack gave, most severe first.
  public var clearedExceptions: [Cleared] = []
  public var continuingExceptions: [String] = []
  public var targetChanges: [TargetChange] = []
  public var spcChanges: [SPCChange] = []
  /// In the pack's order of indicators, then by period, then by area code.
  public var revisions: [Revision] = []

  /// The earlier pack.
  public struct Previous: Hashable, Sendable {
    public var period: String
    /// Nil when its snapshot could not be read.
    public var generatorVersion: String?
    /// Whether it was assessed with the same rules as this one.
    public var sameRules: Bool
    /// Whether this boardpack's version built it.
    public var sameVersion: Bool
    /// Why nothing was compared with it (`SnapshotError.reason`); nil when it was.
    public var problem: String?
  }

  /// An exception of the last pack that is not one now.
  public struct Cleared: Hashable, Sendable {
    public var indicator: String
    public var title: String
    /// Why the last pack made it an exception.
    public var reasons: [String]
    /// Whether the indicator is still in the pack.
    public var inPack: Bool
  }

  public struct TargetChange: Hashable, Sendable {
    public var indicator: String
    public var from: TargetStatus
    public var to: TargetStatus
  }

  public struct SPCChange: Hashable, Sendable {
    public var indicator: String
    public var from: SPCState
    public var to: SPCState
  }

  /// A figure the last pack showed that is now different, or gone (`to` nil).
  public struct Revision: Hashable, Sendable {
    public var indicator: String
    public var period: Period
    public var area: String
    public var from: Double
    public var to: Double?
  }

  /// Nothing to compare with.
  public init() {}

  /// The assessment compared with the last pack's `snapshot.json`, as read (`data`; nil when
  /// there is no last pack). `folderPeriod` is the period its folder is named for. A file that
  /// is no snapshot, or one of another format, is compared with nothing and says why. Throws
  /// `ComparisonError` for the snapshot of another pack or of a period that is not earlier
  /// (only a `--since` can name one).
  public init(
    _ assessment: Assessment, snapshotData data: Data?, folderPeriod: Period?, rules: RulesConfig
  ) throws(ComparisonError) {
    self.init()
    guard let data else { return }
    let snapshot: PackSnapshot
    do throws(SnapshotError) {
      snapshot = try PackSnapshot(json: data)
    } catch {
      previous = Previous(
        period: folderPeriod?.label ?? "earlier", generatorVersion: nil, sameRules: false,
        sameVersion: false, problem: error.reason)
      return
    }
    guard snapshot.packID == assessment.packID else {
      throw .otherPack(snapshot.packID)
    }
    if let current = assessment.period,
      let earlier = Period(snapshot.period, periodicity: current.periodicity), !(earlier < current)
    {
      throw .notEarlier(snapshot.period)
    }
    self.init(assessment, previous: snapshot, rules: rules)
  }

  /// The assessment compared with the last pack's snapshot.
  public init(_ assessment: Assessment, previous snapshot: PackSnapshot, rules: RulesConfig) {
    previous = Previous(
      period: snapshot.period, generatorVersion: snapshot.generatorVersion,
      sameRules: snapshot.rules == rules.summary,
      sameVersion: snapshot.generatorVersion == assessment.generatorVersion, problem: nil)
    let before = Dictionary(
      snapshot.indicators.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let current = Set(assessment.indicators.map(\.id))
    for item in assessment.exceptions {
      if before[item.id]?.reasons.isEmpty == false {
        continuingExceptions.append(item.id)
      } else {
        newExceptions.append(item.id)
      }
    }
    let exceptionIDs = Set(assessment.exceptions.map(\.id))
    for old in snapshot.indicators where !old.reasons.isEmpty && !exceptionIDs.contains(old.id) {
      clearedExceptions.append(
        Cleared(
          indicator: old.id, title: old.title, reasons: old.reasons,
          inPack: current.contains(old.id)))
    }
    for item in assessment.indicators {
      guard let old = before[item.id] else { continue }
      if let from = old.target, let to = item.target?.status, from != to {
        targetChanges.append(TargetChange(indicator: item.id, from: from, to: to))
      }
      if let from = old.spc, let to = item.spc.map(SPCState.init),
        from.reading == .ok, to.reading == .ok,
        from.variation != to.variation || from.assurance != to.assurance
      {
        spcChanges.append(SPCChange(indicator: item.id, from: from, to: to))
      }
      revisions += Self.revisions(of: item, since: old)
    }
  }

  /// The figures of `item` that differ from the ones the last pack showed: each period and
  /// area the last pack had a figure for. A figure published since is new, not revised.
  static func revisions(of item: IndicatorAssessment, since old: PackSnapshot.Indicator)
    -> [Revision]
  {
    guard !old.figures.isEmpty else { return [] }
    var now: [String: [String: Double]] = [:]
    var periods: [String: Period] = [:]
    for observation in item.observations {
      periods[observation.period.label] = observation.period
      guard let value = observation.value else { continue }
      now[observation.period.label, default: [:]][observation.area] = value
    }
    var found: [Revision] = []
    for (label, areas) in old.figures {
      // A period the indicator no longer reads as one of its own is left out: it cannot be
      // shown in the indicator's terms.
      guard
        let period = periods[label]
          ?? item.period.flatMap({ Period(label, periodicity: $0.periodicity) })
      else { continue }
      for (area, from) in areas {
        let to = now[label]?[area]
        if let to, Self.same(to, from) { continue }
        do {
          found.append(
            Revision(indicator: item.id, period: period, area: area, from: from, to: to))
        }
      }
    }
    return found.sorted { a, b in a.period != b.period ? a.period < b.period : a.area < b.area }
  }

  /// Two figures that differ by no more than a rounding in their last binary places (a rate
  /// recomputed from the same counts) are the same figure.
  static func same(_ a: Double, _ b: Double) -> Bool {
    a == b || abs(a - b) <= 1e-9 * max(abs(a), abs(b))
  }

  /// Whether anything changed at all (with a pack to compare with).
  public var isEmpty: Bool {
    newExceptions.isEmpty && clearedExceptions.isEmpty && continuingExceptions.isEmpty
      && targetChanges.isEmpty && spcChanges.isEmpty && revisions.isEmpty
  }

  /// The part about some indicators only (a partner's): every list filtered to them.
  public func limited(to indicators: Set<String>) -> PackChanges {
    var part = self
    part.newExceptions = newExceptions.filter(indicators.contains)
    part.clearedExceptions = clearedExceptions.filter { indicators.contains($0.indicator) }
    part.continuingExceptions = continuingExceptions.filter(indicators.contains)
    part.targetChanges = targetChanges.filter { indicators.contains($0.indicator) }
    part.spcChanges = spcChanges.filter { indicators.contains($0.indicator) }
    part.revisions = revisions.filter { indicators.contains($0.indicator) }
    return part
  }
}

/// Why a snapshot given with `--since` cannot be the last pack.
public enum ComparisonError: Error, Hashable, Sendable {
  /// It is the snapshot of the pack with this id.
  case otherPack(String)
  /// It is of this period, not earlier than the pack's.
  case notEarlier(String)

  /// The reason, after "--since DIR: ".
  public var reason: String {
    switch self {
    case .otherPack(let id): "that is a snapshot of the pack \"\(id)\", not of this one"
    case .notEarlier(let period):
      "that pack is for \(period), which is not earlier than this one's period"
    }
  }
}
