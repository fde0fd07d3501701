import Analysis
import PDFReport
import IndicatorModel
import Presentation

extension EmailContext {
  /// The context for one partner's message from the pack and its assessment.
  ///
  /// The measures and exceptions are the ones the partner's summary PDF shows (the partner's
  /// themes and named indicators), so the message and its attachment agree.
  /// - Parameters:
  ///   - attachment: the summary's file name as attached.
  ///   - sender: the `From:` mailbox; its name signs the message.
  ///   - packURL: where the full pack is published, if anywhere.
  public init(
    partner: Partner, pack: Pack, assessment: Assessment, period: Period, attachment: String,
    sender: Mailbox?, packURL: PackURL?
  ) {
    let indicators = Dictionary(pack.indicators.map { ($0.id, $0) }) { first, _ in first }
    let followed = Set(pack.indicators.filter(partner.follows).map(\.id))
    let items = assessment.indicators.filter { followed.contains($0.id) }
    let exceptions = assessment.exceptions.filter { followed.contains($0.id) }
    let meeting = pack.meeting(for: period)
    let board = meeting.board ?? pack.board
    let themeTitles = pack.themes.filter { theme in items.contains { $0.theme == theme.id } }
      .map(\.title)

    self.partner = PartnerContext(id: partner.id, name: partner.name)
    area = pack.area.name
    organisation = pack.organisation
    self.board = board
    boardName = Self.named(board, area: pack.area.name)
    self.meeting = MeetingContext(
      title: meeting.title ?? pack.title, date: meeting.date.map(Words.date))
    self.period = PeriodContext(
      label: period.label, slug: period.slug,
      dates: "\(Words.date(period.start)) to \(Words.date(period.end))")
    headline = Self.headline(items)
    themes = Self.list(themeTitles)
    let report = Words.changes(
      assessment.changes ?? PackChanges(), assessment: assessment, pack: pack, only: followed,
      limit: PartnerSummaryPDF.changesShown)
    changes = EmailChanges(
      heading: ChangeReport.heading, intro: report.intro, notes: report.notes,
      groups: report.groups.map { group in
        EmailChangeGroup(
          title: group.title,
          items: group.items.map { EmailChangeItem(title: $0.title, text: $0.text) },
          more: group.more)
      })
    self.exceptions = exceptions.compactMap { item in
      indicators[item.id].map {
        Self.exception(item, indicator: $0, pack: pack, assessment: assessment)
      }
    }
    hasExceptions = !self.exceptions.isEmpty
    self.attachment = attachment
    self.packURL = packURL?.text
    signature = sender?.name ?? pack.organisation
  }

  /// "Stockport Children's Trust Board", unless the board's name already names the area.
  static func named(_ board: String, area: String) -> String {
    board.lowercased().hasPrefix(area.lowercased()) ? board : "\(area) \(board)"
  }

  /// The counts by target status for the partner's measures, with the headline sentence.
  static func headline(_ items: [IndicatorAssessment]) -> EmailHeadline {
    let summary = AssessmentSummary(counting: items)
    let counts = summary.targetStatus
    return EmailHeadline(
      sentence: Words.headline(summary), indicators: summary.indicators,
      exceptions: summary.exceptions, red: counts[.red] ?? 0, amber: counts[.amber] ?? 0,
      green: counts[.green] ?? 0, noTarget: counts[.none] ?? 0, noFigure: summary.noFigure)
  }

  /// One exception: its figure, target, reasons, owner and actions.
  static func exception(
    _ item: IndicatorAssessment, indicator: Indicator, pack: Pack, assessment: Assessment
  ) -> EmailException {
    let measure = indicator.measure
    let latest = item.period.flatMap { period in
      item.series(area: pack.area.code).first { $0.period == period }
    }
    let target = item.target.map { Words.target($0, of: indicator) }
    let severity = item.exceptionSeverity ?? .concern
    // Commentary belongs to the meeting's period, as in the pack, even for an annual measure
    // whose latest figure is from an earlier year; the meeting's own actions, as the pack lists.
    let actions = assessment.actionsRaised(for: indicator.id, in: pack).map {
      EmailAction(owner: $0.owner, action: $0.action, due: $0.due.map(Words.date))
    }
    return EmailException(
      id: item.id, title: item.title, period: item.period?.shownLabel ?? "–",
      severity: severity.rawValue, severityLabel: Words.severity(severity),
      latest: measure.display(latest?.value), target: target,
      reasons: Words.reasons(item).map {
        EmailReason(
          severity: $0.severity.rawValue, rule: $0.rule?.rawValue ?? "movement", message: $0.text)
      },
      owner: Words.owner(indicator),
      actions: actions, hasActions: !actions.isEmpty)
  }

  /// "a, b and c".
  static func list(_ words: [String]) -> String {
    guard words.count > 1 else { return words.first ?? "" }
    return words.dropLast().joined(separator: ", ") + " and " + words[words.count - 1]
  }
}
