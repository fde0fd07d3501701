/// Look and feel from pack.yaml `branding:`.
public struct Branding: Hashable, Sendable {
  /// A path relative to the pack folder.
  public var logo: String?
  /// `#005EA5`.
  public var colour: String = "#005EA5"
  public var font: String = "Liberation Sans"

  public init(logo: String? = nil, colour: String = "#005EA5", font: String = "Liberation Sans") {
    self.logo = logo
    self.colour = colour
    self.font = font
  }
}

/// Which board meets for a reporting period, when, and under what title (meetings.yaml).
public struct Meeting: Hashable, Sendable {
  public var period: Period
  public var board: String?
  public var title: String?
  public var date: CalendarDate?
  public var location: SourceLocation?

  public init(
    period: Period, board: String? = nil, title: String? = nil, date: CalendarDate? = nil,
    location: SourceLocation? = nil
  ) {
    self.period = period
    self.board = board
    self.title = title
    self.date = date
    self.location = location
  }
}

/// Something someone will do about an indicator.
public struct Action: Hashable, Sendable {
  public var owner: String
  public var action: String
  /// Nil means due at the next meeting (the minutes' "to return to the next board").
  public var due: CalendarDate?
  /// A name that later commentary files use to close it; else indicator, owner and text.
  public var id: String?
  /// Nil means open.
  public var status: ActionStatus?

  public init(
    owner: String, action: String, due: CalendarDate? = nil, id: String? = nil,
    status: ActionStatus? = nil
  ) {
    self.owner = owner
    self.action = action
    self.due = due
    self.id = id
    self.status = status
  }
}

/// Whether an action is still to do (`open`), done, or dropped by the board.
public enum ActionStatus: String, CaseIterable, Sendable, Codable {
  case open, done, dropped
}

/// The owner's words on an indicator for one reporting period; `text` is Markdown.
public struct Commentary: Hashable, Sendable {
  public var indicator: String
  public var author: String?
  /// Empty (or only blanks) while the owner has not written it: see `hasText`.
  public var text: String
  public var actions: [Action]
  /// Where the entry starts (its indicator id).
  public var location: SourceLocation?
  /// Where its `text` is, for a warning that it is still empty.
  public var textLocation: SourceLocation?

  public init(
    indicator: String, author: String? = nil, text: String, actions: [Action] = [],
    location: SourceLocation? = nil, textLocation: SourceLocation? = nil
  ) {
    self.indicator = indicator
    self.author = author
    self.text = text
    self.actions = actions
    self.location = location
    self.textLocation = textLocation
  }

  /// Whether the owner has written anything. An entry with empty text (`text: ""`, as
  /// `boardpack commentary` writes it for the owner to fill in) is no commentary in every
  /// output: no author, no empty box, "No commentary was given".
  public var hasText: Bool { !text.allSatisfy(\.isWhitespace) }
}

/// A partner organisation that receives a summary of the measures that concern it.
public struct Partner: Hashable, Sendable, Identifiable {
  public var id: String
  public var name: String
  public var recipients: [Mailbox]
  public var themes: [String]
  public var indicators: [String]
  public var location: SourceLocation?

  public init(
    id: String, name: String, recipients: [Mailbox], themes: [String] = [],
    indicators: [String] = [], location: SourceLocation? = nil
  ) {
    self.id = id
    self.name = name
    self.recipients = recipients
    self.themes = themes
    self.indicators = indicators
    self.location = location
  }

  /// Whether an indicator concerns this partner (by its theme or by name).
  public func follows(_ indicator: Indicator) -> Bool {
    themes.contains(indicator.theme) || indicators.contains(indicator.id)
  }
}

/// A whole pack: pack.yaml with the indicators, data, commentary, partners and meetings.
public struct Pack: Sendable {
  /// `[a-z0-9-]+`; names the output folder.
  public var id: String
  public var title: String
  public var organisation: String
  public var board: String
  /// The pack's own area.
  public var area: Area
  public var comparators: [ComparatorArea]
  public var groups: [ComparatorGroup]
  /// The default reporting period; nil means the latest in the data.
  public var period: Period?
  public var themes: [Theme]
  public var rules: RulesConfig
  public var branding: Branding
  public var indicators: [Indicator]
  public var observations: [Observation]
  /// Commentary by reporting period, then by indicator id.
  public var commentary: [Period: [String: Commentary]]
  public var partners: [Partner]
  public var meetings: [Meeting]

  public init(
    id: String, title: String, organisation: String, board: String, area: Area,
    comparators: [ComparatorArea] = [], groups: [ComparatorGroup] = [], period: Period? = nil,
    themes: [Theme], rules: RulesConfig = RulesConfig(), branding: Branding = Branding(),
    indicators: [Indicator] = [], observations: [Observation] = [],
    commentary: [Period: [String: Commentary]] = [:], partners: [Partner] = [],
    meetings: [Meeting] = []
  ) {
    self.id = id
    self.title = title
    self.organisation = organisation
    self.board = board
    self.area = area
    self.comparators = comparators
    self.groups = groups
    self.period = period
    self.themes = themes
    self.rules = rules
    self.branding = branding
    self.indicators = indicators
    self.observations = observations
    self.commentary = commentary
    self.partners = partners
    self.meetings = meetings
  }

  /// Every area the pack knows, by code: its own, the comparators and the group members.
  public var areasByCode: [String: Area] {
    var areas = [area.code: area]
    for comparator in comparators { areas[comparator.area.code] = comparator.area }
    for group in groups { for member in group.members { areas[member.code] = member } }
    return areas
  }

  /// The England comparator, if the pack has one.
  public var national: ComparatorArea? { comparators.first { $0.role == .national } }

  /// The reporting period: the one asked for, else pack.yaml's, else the latest in the data.
  public func reportingPeriod(_ requested: Period? = nil) -> Period? {
    requested ?? period ?? observations.map(\.period).max { $0.end < $1.end }
  }

  /// The date every document of a reporting period carries in its metadata: the meeting's
  /// date, else the end of the period — never the clock, so builds are reproducible.
  public func documentDate(for period: Period) -> CalendarDate {
    meeting(for: period).date ?? period.end
  }

  /// The meeting for a period, with pack.yaml's board and title as defaults.
  public func meeting(for period: Period) -> Meeting {
    var meeting = meetings.first { $0.period == period } ?? Meeting(period: period)
    meeting.board = meeting.board ?? board
    meeting.title = meeting.title ?? title
    return meeting
  }
}
