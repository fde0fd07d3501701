import Analysis
import IndicatorModel

/// The charts the pack draws for an indicator (design §6.1).
public enum ChartKind: String, CaseIterable, Hashable, Sendable {
  /// Values over time with intervals, target and comparators.
  case trend
  /// The Making Data Count SPC chart.
  case spc
  /// Bars for the area, England and the comparator areas at the reporting period.
  case compare
  /// A small trend for tables and tiles.
  case sparkline

  /// The chart an exception is shown with: SPC where the series is long enough for limits,
  /// else the trend.
  public static func headline(for assessment: IndicatorAssessment) -> ChartKind {
    switch assessment.spc?.reading {
    case .ok?, .noVariation?: .spc
    default: .trend
    }
  }

  /// The chart of this kind for an assessed indicator.
  public func chart(indicator: Indicator, assessment: IndicatorAssessment, pack: Pack)
    -> any Chart
  {
    switch self {
    case .trend: TrendChart(indicator: indicator, assessment: assessment, pack: pack)
    case .spc: ControlChart(indicator: indicator, assessment: assessment, pack: pack)
    case .compare: CompareChart(indicator: indicator, assessment: assessment, pack: pack)
    case .sparkline: Sparkline(indicator: indicator, assessment: assessment, pack: pack)
    }
  }
}
