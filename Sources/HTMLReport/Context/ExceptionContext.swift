/// One exception: an indicator the board must see, with why.
public struct ExceptionContext: Sendable {
  /// The indicator's id; its section is `#indicator-<id>`.
  public var id: String
  /// The indicator's title.
  public var title: String
  /// The most severe reason: `concern` or `watch`.
  public var severity: String
  /// `Concern` or `Watch`.
  public var severityLabel: String
  /// Status against target.
  public var rag: RAGContext
  /// The latest figure.
  public var latest: LatestContext
  /// The target, or nil.
  public var target: TargetContext?
  /// The flags that made it an exception, most severe first.
  public var reasons: [FlagContext]
  /// The readings the reasons rest on: latest, target, direction, SPC, each comparator and
  /// group (`Words.evidence`, as in the PDF and the partner summaries).
  public var evidence: [EvidenceContext]
  /// The headline chart (SPC where the series is long enough, else the trend), a copy of the
  /// one in the indicator's section with ids of its own; nil with no figures.
  public var chart: ChartContext?
  /// The owner's words, or nil (the page then says none was given).
  public var commentary: CommentaryContext?
  /// Actions with owners and due dates.
  public var actions: [ActionContext]
  /// Whether there is at least one action.
  public var hasActions: Bool
}

/// One reading beside an exception's reasons.
public struct EvidenceContext: Sendable {
  /// `England`.
  public var label: String
  /// `67.0%; significantly worse`.
  public var text: String
}

/// A theme and its indicators, in pack order.
public struct ThemeContext: Sendable {
  /// `early-years`; anchors are `#theme-<id>`.
  public var id: String
  /// `Early years and early intervention`.
  public var title: String
  /// The theme's indicators.
  public var indicators: [IndicatorContext]
}
