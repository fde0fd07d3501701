/// What the email templates (`Templates/email/`) are rendered with: one partner's message.
///
/// Every field is already words or formatted numbers; templates never compute. The fields are
/// documented, with examples, in `Templates/README.md`.
public struct EmailContext: Sendable {
  /// The partner the message goes to.
  public var partner: PartnerContext
  /// The pack's own area: `Stockport`.
  public var area: String
  /// pack.yaml `organisation`: `Stockport Council`.
  public var organisation: String
  /// The meeting's board as written: `Children's Trust Board`.
  public var board: String
  /// The board named with its area, unless its name already starts with it:
  /// `Stockport Children's Trust Board`, `Stockport Family Partnership Board`.
  public var boardName: String
  /// The meeting the pack is for.
  public var meeting: MeetingContext
  /// The reporting period.
  public var period: PeriodContext
  /// The partner's counts.
  public var headline: EmailHeadline
  /// The titles of the partner's themes as a list in words: `Early years and early
  /// intervention and Health`.
  public var themes: String
  /// What changed since the last pack, for the partner's measures (`Words.changes`).
  public var changes: EmailChanges
  /// The partner's exceptions, most severe first.
  public var exceptions: [EmailException]
  /// Whether the partner has at least one exception.
  public var hasExceptions: Bool
  /// The attachment's file name: `health-2013-14-q4.pdf`.
  public var attachment: String
  /// Where the full pack is published (`--pack-url`), an http: or https: address checked by
  /// `PackURL`; nil when not given.
  public internal(set) var packURL: String?
  /// The sign-off: the sender's display name, else the organisation.
  public var signature: String
}

/// The partner's id and name.
public struct PartnerContext: Sendable {
  /// `health`.
  public var id: String
  /// `Stockport Clinical Commissioning Group`.
  public var name: String
}

/// The meeting the pack goes to.
public struct MeetingContext: Sendable {
  /// meetings.yaml `title`, else pack.yaml's.
  public var title: String
  /// The meeting date in words (`24 September 2019`); nil when none is given.
  public var date: String?
}

/// The reporting period.
public struct PeriodContext: Sendable {
  /// `2013/14 Q4`.
  public var label: String
  /// `2013-14-q4`, as in the output folder.
  public var slug: String
  /// `1 January 2014 to 31 March 2014`.
  public var dates: String
}

/// The counts for the partner's measures.
public struct EmailHeadline: Sendable {
  /// `6 indicators: 1 red, 0 amber, 0 green and 5 without a target. 2 need the board's
  /// attention.`
  public var sentence: String
  /// How many measures concern the partner.
  public var indicators: Int
  /// How many of them are exceptions.
  public var exceptions: Int
  /// Red against target.
  public var red: Int
  /// Amber against target.
  public var amber: Int
  /// Green against target.
  public var green: Int
  /// Without a target.
  public var noTarget: Int
  /// With a target but no figure to judge at the reporting period.
  public var noFigure: Int
}

/// One of the partner's exceptions.
public struct EmailException: Sendable {
  /// The indicator's id.
  public var id: String
  /// The indicator's title.
  public var title: String
  /// The indicator's own reporting period: `2013/14 Q4`, or `2012/13` for an annual measure.
  public var period: String
  /// `concern` or `watch`.
  public var severity: String
  /// `Concern` or `Watch`.
  public var severityLabel: String
  /// The latest figure with its unit: `55.0%`, or `–`.
  public var latest: String
  /// The target in force with its label: `80.0% (Ofsted expectation)`; nil without one.
  public var target: String?
  /// The sentences that made it an exception, most severe first.
  public var reasons: [EmailReason]
  /// The lead officer, else the owning service; nil when neither is given.
  public var owner: String?
  /// The commentary's actions for the reporting period.
  public var actions: [EmailAction]
  /// Whether there is at least one action.
  public var hasActions: Bool
}

/// A reason an indicator is an exception.
public struct EmailReason: Sendable {
  /// `concern` or `watch`.
  public var severity: String
  /// The rule's id: `target-red`.
  public var rule: String
  /// The plain-English sentence.
  public var message: String
}

/// An action from the commentary.
public struct EmailAction: Sendable {
  /// Who does it.
  public var owner: String
  /// What they do.
  public var action: String
  /// `30 September 2014`; nil when no date is set.
  public var due: String?
}

/// "What changed since the last pack" for the partner's measures, as the summary says it.
public struct EmailChanges: Sendable {
  /// `What changed since the last pack`.
  public var heading: String
  /// `Compared with the 2013/14 Q3 pack.`, or why there is nothing to compare with.
  public var intro: String
  /// A note when the last pack came from another boardpack version or other rules.
  public var notes: [String]
  /// The groups with anything in them.
  public var groups: [EmailChangeGroup]
}

/// One group of changes: `New exceptions (2)`, its lines, and how many more it has than shown.
public struct EmailChangeGroup: Sendable {
  public var title: String
  public var items: [EmailChangeItem]
  /// `…and 3 more revised figures.`; nil when every line is shown.
  public var more: String?
}

/// One change: the indicator's title and what changed (nil for a continuing exception).
public struct EmailChangeItem: Sendable {
  public var title: String
  public var text: String?
}
