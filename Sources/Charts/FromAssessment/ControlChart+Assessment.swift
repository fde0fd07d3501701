import Analysis
import IndicatorModel

extension ControlChart {
  /// The SPC chart of an assessed indicator, point for point from the analysis: values,
  /// segments, mean and limits, each point's special cause, and the variation and assurance
  /// icons. With too few points it says so and draws no limits (never faked).
  ///
  /// The value axis starts at zero only when the indicator asks (`y_from_zero`): an SPC chart is
  /// read against its limits, which a zero baseline would squeeze.
  public init(indicator: Indicator, assessment: IndicatorAssessment, pack: Pack) {
    let spc = assessment.spc
    let spcPoints = spc?.points ?? []
    let points = spcPoints.map { point in
      Point(
        label: point.period.label, value: point.value, segment: point.segment,
        mean: point.limits?.mean, lowerLimit: point.limits?.lower, upperLimit: point.limits?.upper,
        lowerNear: point.limits?.lowerNear, upperNear: point.limits?.upperNear,
        cause: Cause(point.specialCause))
    }
    var insufficient: String? = nil
    var notes: [String] = []
    switch spc?.reading {
    case nil:
      insufficient = "No SPC reading for this indicator."
    case .insufficientData?:
      let count = spcPoints.filter { $0.value != nil }.count
      insufficient =
        "\(count) point\(count == 1 ? "" : "s"): \(indicator.spc.minPoints) are needed for "
        + "process limits, so none are drawn."
    case .noVariation?:
      notes.append("Every value in the baseline is the same, so the limits have no width.")
    case .ok?:
      break
    }
    if let spc, spc.reading != .insufficientData {
      notes.append(ControlChart.methodNote(spc, options: indicator.spc))
    }
    let timeline = AssessmentTimeline(assessment, area: pack.area.code)
    let periods = spcPoints.map(\.period)
    notes += ChartWording.footnotes(
      for: periods.map { timeline.observation(of: pack.area.code, at: $0) }, periods: periods,
      source: indicator.source)
    let reading = ChartReading(indicator: indicator, assessment: assessment, pack: pack)
    self.init(
      title: indicator.title, valueAxisTitle: ChartWording.valueAxisTitle(indicator.measure),
      periodAxisTitle: ChartWording.periodAxisTitle(indicator.periodicity),
      format: ValueFormat(indicator.measure), points: points,
      target: ReferenceLine.target(indicator, assessment, periods: periods),
      variation: spc?.variation, assurance: spc?.assurance, insufficientDataNote: insufficient,
      yFromZero: indicator.yFromZero ?? false, notes: notes,
      reading: [reading.targetSentence, reading.directionSentence, reading.englandSentence]
        .compactMap { $0 }.joined(separator: " "))
    labelCycle = indicator.periodicity.periodsPerYear ?? 1
  }

  /// Which chart and rules: "XmR chart, Making Data Count rules; limits from the first 12
  /// points."
  static func methodNote(_ spc: SPCResult, options: SPCOptions) -> String {
    let chart: String =
      switch spc.chart {
      case .xmr: "XmR chart"
      case .p: "p-chart"
      case .u: "u-chart"
      case .pPrime: "p′-chart (Laney)"
      case .uPrime: "u′-chart (Laney)"
      }
    let rules = spc.profile == .mdc ? "Making Data Count rules" : "NHSRplotthedots rules"
    var text = "\(chart), \(rules)"
    if let baseline = options.baseline { text += "; limits from the first \(baseline) points" }
    return text + "."
  }
}
