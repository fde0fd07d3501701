import Analysis
import Charts
import Foundation
import IndicatorModel
import Presentation

/// Builds a `DashboardContext` from a pack and its assessment. Pure apart from drawing charts
/// and icons in memory, through the `SVGChartDrawing` it is given: it reads no file and no
/// clock.
struct DashboardBuilder {
  let pack: Pack
  let assessment: Assessment
  let period: Period
  let drawing: any SVGChartDrawing
  let colours: DashboardColours
  let sprite: IconSprite
  let glyphs = GlyphSharing()
  let indicatorsByID: [String: Indicator]

  init(pack: Pack, assessment: Assessment, period: Period, drawing: any SVGChartDrawing) {
    self.pack = pack
    self.assessment = assessment
    self.period = period
    self.drawing = drawing
    colours = DashboardColours(branding: pack.branding)
    sprite = IconSprite(drawing: drawing)
    indicatorsByID = Dictionary(
      pack.indicators.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  func build(logo: String?, version: String, drawn: DrawnChartSVG? = nil) throws
    -> DashboardContext
  {
    let assessed = assessment.indicators.compactMap { indicatorAssessment in
      indicatorsByID[indicatorAssessment.id].map { ($0, indicatorAssessment) }
    }
    // The drawing is most of the work and runs on every core; the rest stays in page order.
    let drawn = try ChartDrawer(pack: pack, drawing: drawing, drawn: drawn).draw(assessed)
    var contexts: [String: IndicatorContext] = [:]
    for ((indicator, indicatorAssessment), charts) in zip(assessed, drawn) {
      contexts[indicator.id] = indicatorContext(indicator, indicatorAssessment, charts)
    }
    let themes = pack.themes.map { theme in
      ThemeContext(
        id: theme.id, title: theme.title,
        indicators: assessment.indicators.filter { $0.theme == theme.id }.compactMap {
          contexts[$0.id]
        })
    }.filter { !$0.indicators.isEmpty }
    let exceptions = assessment.exceptions.compactMap { exception -> ExceptionContext? in
      guard let context = contexts[exception.id] else { return nil }
      return exceptionContext(context, exception)
    }
    let meeting = pack.meeting(for: period)
    let key = keyContext()
    let brandHex = colours.brand.background.description
    let carried = Words.carriedActions(assessment)
    return DashboardContext(
      lang: "en-GB",
      generator: GeneratorContext(name: "boardpack", version: version),
      pack: PackContext(
        id: pack.id, title: pack.title, organisation: pack.organisation, board: pack.board,
        area: pack.area.name),
      meeting: MeetingContext(
        title: meeting.title ?? pack.title, board: meeting.board ?? pack.board,
        date: meeting.date.map(Self.words)),
      period: PeriodContext(
        label: period.label, slug: period.slug,
        dates: "\(Self.words(period.start)) to \(Self.words(period.end))"),
      branding: BrandingContext(
        colour: brandHex, textColour: colours.brand.text.description, font: pack.branding.font,
        logo: logo),
      colours: colours.pairs.map {
        ColourContext(
          name: $0.name, background: $0.background.description, text: $0.text.description,
          contrast: String(format: "%.1f", Contrast.ratio($0.background, $0.text)))
      },
      styles: StylesContext(screen: "", print: ""),
      headline: headline(assessed),
      spcMatrix: matrix(),
      exceptions: exceptions, hasExceptions: !exceptions.isEmpty, themes: themes,
      scorecard: ScorecardContext(
        nationalName: pack.national?.area.name ?? "National",
        groupName: pack.groups.first?.name ?? "Comparator group"),
      key: key,
      icons: IconsContext(sprite: try sprite.markup(glyphs: glyphs.symbols)),
      carriedActions: carried.map(carriedActionContext), hasCarriedActions: !carried.isEmpty,
      carriedActionsIntro: Words.carriedActionsIntro(carried),
      changes: changesContext())
  }

  func changesContext() -> ChangesContext {
    let report = Words.changes(
      assessment.changes ?? PackChanges(), assessment: assessment, pack: pack)
    let shown = Set(assessment.indicators.map(\.id))
    return ChangesContext(
      intro: report.intro, notes: report.notes,
      groups: report.groups.map { group in
        ChangeGroupContext(
          title: group.title,
          items: group.items.map {
            ChangeItemContext(
              id: $0.indicator, title: $0.title, linked: shown.contains($0.indicator),
              text: $0.text)
          })
      })
  }

  func carriedActionContext(_ carried: CarriedAction) -> CarriedActionContext {
    CarriedActionContext(
      action: carried.action.action, owner: carried.action.owner,
      indicatorID: carried.indicator,
      indicator: assessment.indicators.first { $0.id == carried.indicator }?.title
        ?? carried.indicator,
      raised: carried.raised.label, due: Words.date(carried.due),
      state: carried.state.rawValue, stateLabel: Words.actionState(carried.state))
  }

  func exceptionContext(_ context: IndicatorContext, _ exception: IndicatorAssessment)
    -> ExceptionContext
  {
    let severity = exception.exceptionSeverity ?? .concern
    return ExceptionContext(
      id: context.id, title: context.title, severity: severity.rawValue,
      severityLabel: Words.severity(severity), rag: context.rag, latest: context.latest,
      target: context.target, reasons: Words.reasons(exception).map(Self.flag),
      evidence: indicatorsByID[exception.id].map {
        Words.evidence(exception, indicator: $0, pack: pack).map {
          EvidenceContext(label: $0.label, text: $0.text)
        }
      } ?? [],
      chart: headlineChart(context, exception),
      commentary: context.commentary, actions: context.actions, hasActions: context.hasActions)
  }

  /// A copy of the indicator's headline chart for its exception card. The same SVG twice in one
  /// page would repeat its ids, so the copy's ids take the prefix `exception-`.
  func headlineChart(_ context: IndicatorContext, _ exception: IndicatorAssessment)
    -> ChartContext?
  {
    let kind = ChartKind.headline(for: exception)
    guard var chart = context.charts.first(where: { $0.kind == kind.rawValue }) else {
      return nil
    }
    let prefix = ChartFile(indicatorID: exception.id, kind: kind).idPrefix
    for lead in ["id=\"", "#"] {
      chart.svg = chart.svg.replacingOccurrences(
        of: lead + prefix, with: lead + "exception-" + prefix)
    }
    return chart
  }

  static func flag(_ reason: Reason) -> FlagContext {
    FlagContext(
      severity: reason.severity.rawValue, severityLabel: Words.severity(reason.severity),
      rule: reason.rule?.rawValue ?? "movement", message: reason.text)
  }

  static func words(_ date: CalendarDate) -> String { Words.date(date) }

  /// `1 measure`, `3 measures`.
  static func plural(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    count == 1 ? singular : (plural ?? singular + "s")
  }
}
