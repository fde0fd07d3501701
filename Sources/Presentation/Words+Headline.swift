import Analysis
import IndicatorModel

extension Words {
  /// The headline a board member reads first: "14 indicators: 3 red, 2 amber, 5 green and 4
  /// without a target. 5 need the board's attention."
  public static func headline(_ summary: AssessmentSummary) -> String {
    let counts = summary.targetStatus
    let n = summary.indicators
    let exceptions = summary.exceptions
    let attention =
      exceptions == 0
      ? "None needs the board's attention."
      : "\(exceptions) need\(exceptions == 1 ? "s" : "") the board's attention."
    // An indicator with a target but no figure yet is said as such, never "without a target".
    let noFigure =
      summary.noFigure == 0 ? "" : "\(summary.noFigure) with a target but no figure yet and "
    return "\(n) indicator\(n == 1 ? "" : "s"): \(counts[.red] ?? 0) red, "
      + "\(counts[.amber] ?? 0) amber, \(counts[.green] ?? 0) green\(noFigure.isEmpty ? " and " : ", ")"
      + "\(noFigure)\(counts[.none] ?? 0) without a target. \(attention)"
  }

  /// The sentence above the exceptions: "5 indicators need the board's attention, most severe
  /// first."
  public static func exceptionsIntro(_ count: Int) -> String {
    count == 0
      ? "No indicator needs the board's attention this period."
      : "\(count) indicator\(count == 1 ? " needs" : "s need") the board's attention, most "
        + "severe first."
  }

  /// Who answers for an indicator, named one way everywhere: "Viki Packman (Integrated
  /// Children's Service)", or whichever of the two the indicator names.
  public static func owner(_ indicator: Indicator) -> String? {
    switch (indicator.lead, indicator.owner) {
    case (let lead?, let owner?): "\(lead) (\(owner))"
    case (let lead?, nil): lead
    case (nil, let owner?): owner
    case (nil, nil): nil
    }
  }

  /// A target with its label as the pack writes it: "80% (Ofsted expectation)", "25.0".
  public static func target(_ target: TargetAssessment, of indicator: Indicator) -> String {
    Words.target(target.value, label: target.label, measure: indicator.measure)
  }

  /// A target figure with its label: "80% (Ofsted expectation)".
  public static func target(_ value: Double, label: String?, measure: Measure) -> String {
    let shown = measure.displayTarget(value)
    guard let label, !label.isEmpty else { return shown }
    return "\(shown) (\(label))"
  }

  /// A calendar date as a UK reader writes it: "31 March 2014".
  public static func date(_ date: CalendarDate) -> String { date.inWords }

  /// The RAG letter alone ("R", "A", "G"), or nil when there is no target status.
  public static func ragLetter(_ status: TargetStatus?) -> String? {
    status == nil || status == TargetStatus.none ? nil : targetLetter(status)
  }

  /// The England comparison at the reporting period: "worse (67.0%)", or "–".
  public static func england(
    _ assessment: IndicatorAssessment, indicator: Indicator, pack: Pack
  ) -> String {
    guard let national = pack.national,
      let reading = assessment.benchmarks.last(where: {
        $0.comparator == national.area.code && $0.period == assessment.period
      }),
      reading.value != nil
    else { return "–" }
    return "\(comparison(reading.comparison)) (\(indicator.measure.display(reading.value)))"
  }
}

extension Words {
  /// A period as a reader tells it apart from others: a financial and an academic 2018/19 are
  /// different years, and a snapshot date reads as a date ("31 March 2019").
  public static func period(_ period: Period) -> String {
    switch period.periodicity {
    case .financialYear: "\(period.label) (financial year)"
    case .academicYear: "\(period.label) (academic year)"
    case .date: date(period.start)
    default: period.label
    }
  }
}
