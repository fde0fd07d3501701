/// One indicator: its tile, its scorecard row and its section share these fields.
public struct IndicatorContext: Sendable {
  /// `cc-registration`; anchors are `#indicator-<id>`.
  public var id: String
  /// `Children's Centre registration (children under 5)`.
  public var title: String
  /// The theme's title: `Early years and early intervention`.
  public var theme: String
  /// Whether the board must see it.
  public var exception: Bool
  /// Status against target.
  public var rag: RAGContext
  /// The latest figure.
  public var latest: LatestContext
  /// The target in force, or nil without one.
  public var target: TargetContext?
  /// Direction of travel.
  public var direction: DirectionContext
  /// The SPC reading.
  public var spc: SPCContext
  /// The comparison with England, or nil when the pack has no national comparator.
  public var national: NationalContext?
  /// Rank in the first comparator group, or nil when there is none.
  public var group: GroupContext?
  /// A small trend for tiles and the scorecard; nil with no figure to draw.
  public var sparkline: ChartContext?
  /// Trend, SPC and comparison charts, each with its data table; empty with no figure to draw.
  public var charts: [ChartContext]
  /// With no figure to chart, the sentence that takes the charts' place ("No figures for
  /// Stockport at or before 2013/14 Q4; the first figure is for 2016/17."); nil otherwise.
  public var noFigures: String?
  /// Every flag, most severe first.
  public var flags: [FlagContext]
  /// Whether there is at least one flag.
  public var hasFlags: Bool
  /// The owner's words for this period, or nil.
  public var commentary: CommentaryContext?
  /// Actions from the commentary.
  public var actions: [ActionContext]
  /// Whether there is at least one action.
  public var hasActions: Bool
  /// Description, measure, polarity, owner, lead, source and the like, as term and detail.
  public var definition: [DefinitionItem]
}

/// Status against target: colour, letter and word together.
public struct RAGContext: Sendable {
  /// `red`, `amber`, `green` or `none` (for CSS classes).
  public var status: String
  /// `R`, `A`, `G` or `–`.
  public var letter: String
  /// `Red`, `Amber`, `Green` or `No target`.
  public var label: String
}

/// The latest figure of the pack's area.
public struct LatestContext: Sendable {
  /// The indicator's reporting period: `2013/14 Q4`.
  public var period: String
  /// `55.0%`, or `–` when there is none.
  public var value: String
  /// The 95% interval, `54.0% to 56.0%`, or nil.
  public var interval: String?
}

/// The target in force at the reporting period.
public struct TargetContext: Sendable {
  /// `Target (Ofsted expectation)`.
  public var label: String
  /// `80.0%`.
  public var value: String
  /// The amber threshold, `75.0%`, or nil.
  public var amber: String?
}

/// Direction of travel.
public struct DirectionContext: Sendable {
  /// Against the previous period, or nil.
  public var previous: DirectionReading?
  /// Against the same period a year earlier, or nil (and nil for annual measures, where it is
  /// the same as `previous`).
  public var yearAgo: DirectionReading?
  /// `quarter`, `year`: the unit of "the previous …".
  public var unit: String
}

/// One direction reading: the arrow the way the figure moved, and what that means.
public struct DirectionReading: Sendable {
  /// What the movement means: `better`, `worse`, `not significant`, `not judged`, `no change`.
  public var words: String
  /// The movement with its numbers and periods (`Movement.sentence`).
  public var sentence: String
  /// The arrow, decorative SVG markup (the words carry the meaning).
  public var icon: String
}

/// The SPC reading.
public struct SPCContext: Sendable {
  /// The reading in a few words: `improvement (high) / fail`, `too few points`.
  public var words: String
  /// The variation icon and its words, or nil when SPC gave none.
  public var variation: IconReading?
  /// The assurance icon and its words, or nil (no target, or no limits).
  public var assurance: IconReading?
}

/// An icon and the words that go beside it.
public struct IconReading: Sendable {
  /// `Improvement: special cause, high`.
  public var words: String
  /// Decorative SVG markup.
  public var icon: String
}

/// The comparison with the national comparator.
public struct NationalContext: Sendable {
  /// `England`.
  public var name: String
  /// England's figure: `67.0%`.
  public var value: String
  /// `significantly worse than England`.
  public var words: String
}

/// Where the area stands in a comparator group.
public struct GroupContext: Sendable {
  /// `Statistical neighbours`.
  public var name: String
  /// `11 of 11`, or `–`.
  public var rank: String
  /// `group mean 70.1%; worst quartile`.
  public var words: String
}

/// A flag: one plain-English reading.
public struct FlagContext: Sendable {
  /// `concern`, `watch`, `good`, `info` (for CSS classes).
  public var severity: String
  /// `Concern`, `Watch`, `Good news`, `Information`.
  public var severityLabel: String
  /// The rule's id: `target-red`.
  public var rule: String
  /// `55.0% is 25.0 points below the Ofsted expectation of 80%`.
  public var message: String
}

/// Commentary for the reporting period.
public struct CommentaryContext: Sendable {
  /// `Mike Hughes`, or nil.
  public var author: String?
  /// The Markdown as HTML; any HTML in the commentary is shown as text.
  public var html: String
}

/// Something someone will do.
public struct ActionContext: Sendable {
  /// `Viki Packman`.
  public var owner: String
  /// `Link birth registrations to Children's Centre records`.
  public var action: String
  /// `30 September 2014`, or `not set`.
  public var due: String
}

/// One line of an indicator's definition.
public struct DefinitionItem: Sendable {
  /// `Source`.
  public var term: String
  /// `ICS registration system (local management information)`.
  public var detail: String
}
