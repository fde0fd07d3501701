/// Everything the dashboard templates can show, built from the pack and its assessment
/// (`DashboardContext(pack:assessment:…)`). Templates/README.md documents every field with an
/// example; the field names here are the names templates use.
///
/// Values are already words and formatted numbers (methods.md §7 rounding): templates never
/// compute. Fields holding markup (`svg`, `icon`, `html`, `sprite`, `logo`) are safe HTML made
/// here and are written with triple braces; everything else is text, escaped by `{{…}}`.
public struct DashboardContext: Sendable {
  /// The page language, `en-GB`.
  public var lang: String
  /// The program that made the page.
  public var generator: GeneratorContext
  /// The pack as pack.yaml names it.
  public var pack: PackContext
  /// The meeting the pack is for (meetings.yaml, with pack.yaml's board and title as defaults).
  public var meeting: MeetingContext
  /// The reporting period.
  public var period: PeriodContext
  /// Logo, colour and font from pack.yaml `branding:`.
  public var branding: BrandingContext
  /// The colour pairs the style sheets use as `var(--name)` and `var(--name-text)`.
  public var colours: [ColourContext]
  /// The style sheets (`screen.css`, `print.css`), filled in when the page is rendered.
  public var styles: StylesContext
  /// The counts at the top of the page.
  public var headline: HeadlineContext
  /// The Making Data Count summary matrix: every indicator by SPC variation and assurance.
  public var spcMatrix: MatrixContext
  /// The measures that need the board's attention, most severe first.
  public var exceptions: [ExceptionContext]
  /// Whether there is at least one exception.
  public var hasExceptions: Bool
  /// The themes in pack order, each with its indicators.
  public var themes: [ThemeContext]
  /// Column headings of the scorecard that depend on the pack.
  public var scorecard: ScorecardContext
  /// The key: every colour, icon and rule in words.
  public var key: KeyContext
  /// The icons used on the page, drawn once.
  public var icons: IconsContext
  /// Actions from earlier meetings of the board not yet closed, overdue first.
  public var carriedActions: [CarriedActionContext]
  /// Whether there is at least one.
  public var hasCarriedActions: Bool
  /// The sentence above them.
  public var carriedActionsIntro: String
  /// What changed since the last pack.
  public var changes: ChangesContext
}

/// "What changed since the last pack" (`Words.changes`): what the pack is compared with, notes,
/// and the groups of changes.
public struct ChangesContext: Sendable {
  /// `Compared with the 2013/14 Q3 pack.`, or why there is nothing to compare with.
  public var intro: String
  /// A note when the last pack came from another boardpack version or other rules.
  public var notes: [String]
  /// The groups with anything in them: new, cleared and continuing exceptions, target status,
  /// SPC reading, revised figures.
  public var groups: [ChangeGroupContext]
}

/// One group of changes: `New exceptions (2)` and its lines.
public struct ChangeGroupContext: Sendable {
  public var title: String
  public var items: [ChangeItemContext]
}

/// One change: the indicator and what changed.
public struct ChangeItemContext: Sendable {
  /// The indicator's id, for `#indicator-<id>`.
  public var id: String
  public var title: String
  /// Whether the indicator has a section on the page to link to (one dropped from the pack
  /// has not).
  public var linked: Bool
  /// `Amber → Red`, `2013/14 Q2, Stockport: 52.0% → 53.1%`; nil for a continuing exception.
  public var text: String?
}

/// An action from an earlier meeting, as the dashboard lists it.
public struct CarriedActionContext: Sendable {
  public var action: String
  public var owner: String
  /// The indicator's id (for its link) and title.
  public var indicatorID: String
  public var indicator: String
  /// The period whose commentary raised it: `2013/14 Q4`.
  public var raised: String
  /// `30 June 2014`.
  public var due: String
  /// `due`, `overdue`, `open` or `lapsed`, for a class name.
  public var state: String
  /// `Due at this meeting`.
  public var stateLabel: String
}

/// The program that made the page.
public struct GeneratorContext: Sendable {
  /// `boardpack`.
  public var name: String
  /// The boardpack version: `0.2.0`.
  public var version: String
}

/// The pack as pack.yaml names it.
public struct PackContext: Sendable {
  /// `stockport-cyp`.
  public var id: String
  /// `Stockport Children's Trust — Quarterly Performance Report`.
  public var title: String
  /// `Stockport Council`.
  public var organisation: String
  /// `Children's Trust Board`.
  public var board: String
  /// The pack's own area: `Stockport`.
  public var area: String
}

/// The meeting the pack is for.
public struct MeetingContext: Sendable {
  /// The report's title for this meeting: `4th Quarter 2013/14 Stockport Children's Trust
  /// Performance Report`.
  public var title: String
  /// `Children's Trust Board`.
  public var board: String
  /// The meeting date in words, `24 September 2019`; nil when meetings.yaml gives none.
  public var date: String?
}

/// The reporting period.
public struct PeriodContext: Sendable {
  /// `2013/14 Q4`.
  public var label: String
  /// `2013-14-q4`, as in the output folder's name.
  public var slug: String
  /// `1 January 2014 to 31 March 2014`.
  public var dates: String
}

/// Look and feel from pack.yaml `branding:`.
public struct BrandingContext: Sendable {
  /// `#005EA5`; always `#RRGGBB` (anything else in pack.yaml falls back to the default).
  public var colour: String
  /// The text colour on the branding colour with at least 4.5:1 contrast: `#FFFFFF`.
  public var textColour: String
  /// `Liberation Sans`.
  public var font: String
  /// The logo as a `data:` URI, or nil when pack.yaml names none.
  public var logo: String?
}

/// One colour pair for the style sheets.
public struct ColourContext: Sendable {
  /// `red`: the style sheets use `var(--red)` and `var(--red-text)`.
  public var name: String
  /// `#D4351C`.
  public var background: String
  /// `#FFFFFF`.
  public var text: String
  /// The contrast of text on background, `4.5` or more: `4.9`.
  public var contrast: String
}

/// The style sheets, raw CSS.
public struct StylesContext: Sendable {
  /// `screen.css`.
  public var screen: String
  /// `print.css`, in a `<style media="print">`.
  public var print: String
}

/// The icons used on the page.
public struct IconsContext: Sendable {
  /// A hidden `<svg>` of `<symbol>`s that the icons on the page refer to; put it once, anywhere
  /// in `<body>`.
  public var sprite: String
}
