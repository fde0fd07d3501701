import Analysis
import IndicatorModel
import Presentation

/// What every page of a report reads: the pack, its assessment and the look. Builds blocks;
/// computes no statistics (every reading comes from the assessment).
struct ReportContent {
  let pack: Pack
  let assessment: Assessment
  let style: PageStyle
  let indicators: [String: Indicator]
  /// The pack's reporting period.
  let period: Period

  init(pack: Pack, assessment: Assessment, period: Period, style: PageStyle) {
    self.pack = pack
    self.assessment = assessment
    self.period = period
    self.style = style
    indicators = Dictionary(pack.indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
  }

  /// The meeting the pack is for (board, title, date).
  var meeting: Meeting { pack.meeting(for: period) }

  /// The area's observation at the indicator's reporting period.
  func latest(_ item: IndicatorAssessment) -> ObservationAssessment? {
    guard let period = item.period else { return nil }
    return item.series(area: pack.area.code).last { $0.period == period }
  }

  /// The commentary for an indicator at the pack's reporting period.
  func commentary(_ item: IndicatorAssessment) -> Commentary? {
    pack.commentary[period]?[item.id]
  }

  /// Theme titles by id.
  func themeTitle(_ id: String) -> String {
    pack.themes.first { $0.id == id }?.title ?? id
  }

  /// "Data as at 31 March 2014 · Stockport Council", for the footer.
  var footer: String {
    "Data as at \(Words.date(period.end)) (\(period.label)) · \(pack.organisation)"
  }

  /// Paragraph styles used throughout.
  var body: ParagraphStyle {
    ParagraphStyle(size: style.bodySize, colour: style.text, spaceBefore: 5, lineSpacing: 1.5)
  }
  var small: ParagraphStyle {
    ParagraphStyle(size: style.smallSize, colour: style.secondaryText, spaceBefore: 3)
  }
}

/// `Presentation.Words` re-exported for brevity inside the report.
typealias Words = Presentation.Words
