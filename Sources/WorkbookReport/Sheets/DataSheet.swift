import Analysis
import IndicatorModel

/// The Data sheet: every observation the assessment read — each indicator's figures at or
/// before its reporting period, for every area — as in `assessment.json`: value, 95% interval
/// and its method, numerator and denominator as numbers in the measure's decimals, with the
/// unit, the publication status and the note. Written a row at a time (a 500-indicator pack has
/// some 300,000).
struct DataSheet: SheetContent {
  let pack: Pack
  let assessment: Assessment
  let indicators: [String: Indicator]
  let period: Period

  let name = "Data"
  let frozenColumns = 2

  var note: String {
    "Every figure at or before \(period.label), for every area, oldest first: values and 95% "
      + "intervals in the measure's unit, as in assessment.json."
  }

  let columns = [
    Column("Indicator ID", width: 24), Column("Indicator", width: 40),
    Column("Area code", width: 11), Column("Area", width: 22), Column("Period", width: 12),
    Column("Value", width: 11), Column("95% lower", width: 11), Column("95% upper", width: 11),
    Column("Interval method", width: 15), Column("Numerator", width: 12),
    Column("Denominator", width: 13), Column("Unit", width: 11), Column("Status", width: 12),
    Column("Note", width: 40),
  ]

  var rowCount: Int {
    assessment.indicators.reduce(0) { $0 + (indicators[$1.id] == nil ? 0 : $1.observations.count) }
  }

  func rows(_ emit: ([Cell]) throws -> Void) throws {
    let areas = pack.areasByCode
    for item in assessment.indicators {
      guard let indicator = indicators[item.id] else { continue }
      let measure = indicator.measure
      // The same for every row of the indicator: made once.
      let figures = NumberStyle.measure(measure, withUnit: false).cellStyle
      let id = Cell.text(item.id)
      let title = Cell.text(item.title)
      let unit = measure.unit.isEmpty ? Cell.empty : Cell.text(measure.unit)
      for observation in item.observations {
        let ci = observation.ci
        try emit([
          id, title,
          .text(observation.area),
          areas[observation.area].map { .text($0.name) } ?? .empty,
          .text(observation.period.label),
          .number(observation.value, style: figures),
          .number(ci?.lower, style: figures),
          .number(ci?.upper, style: figures),
          ci.map { .text($0.method.rawValue) } ?? .empty,
          count(observation.numerator),
          count(observation.denominator),
          unit,
          observation.status.map { .text($0.rawValue) } ?? .empty,
          observation.note.map { .text($0) } ?? .empty,
        ])
      }
    }
  }

  /// A numerator or denominator: whole numbers with separators, others in General.
  func count(_ value: Double?) -> Cell {
    guard let value, value.isFinite else { return .empty }
    return Cell(.number(value), style: value == value.rounded() ? Self.wholeCount : .plain)
  }

  static let wholeCount = NumberStyle(decimals: 0).cellStyle
}
