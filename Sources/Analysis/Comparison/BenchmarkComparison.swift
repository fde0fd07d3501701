import IndicatorModel

/// How an area's figure compares with a benchmark's (methods.md §2, kebab-case as in the schema).
public enum BenchmarkComparison: String, CaseIterable, Sendable, Codable {
  case better, similar, worse, higher, lower
  case notCompared = "not-compared"
  case better998 = "better-99.8"
  case worse998 = "worse-99.8"
  case higher998 = "higher-99.8"
  case lower998 = "lower-99.8"

  /// Significantly worse, at either level.
  public var isWorse: Bool { self == .worse || self == .worse998 }
  /// Significantly better, at either level.
  public var isBetter: Bool { self == .better || self == .better998 }
}

/// FT `SingleOverlappingCIsForOneCILevelComparer`: the area's interval against the benchmark
/// value. Inclusive: a benchmark on a bound is similar.
public func compareWithBenchmark(
  value: Double?, interval: Interval?, benchmark: Double?, polarity: Polarity
) -> BenchmarkComparison {
  guard let value, let bounds = interval?.bounds, let benchmark else { return .notCompared }
  if bounds.lower <= benchmark && benchmark <= bounds.upper { return .similar }
  if value == benchmark { return .similar }
  let higher = value > benchmark
  switch polarity {
  case .higherIsBetter: return higher ? .better : .worse
  case .lowerIsBetter: return higher ? .worse : .better
  case .noJudgement: return higher ? .higher : .lower
  }
}

/// FT `SingleOverlappingCIsForTwoCILevelsComparer`: graded at 99.8% when that interval also
/// excludes the benchmark, else at 95%.
public func compareWithBenchmarkTwoLevel(
  value: Double?, interval95: Interval?, interval998: Interval?, benchmark: Double?,
  polarity: Polarity
) -> BenchmarkComparison {
  let at95 = compareWithBenchmark(
    value: value, interval: interval95, benchmark: benchmark, polarity: polarity)
  guard at95 != .similar, at95 != .notCompared else { return at95 }
  let at998 = compareWithBenchmark(
    value: value, interval: interval998, benchmark: benchmark, polarity: polarity)
  switch at998 {
  case .better: return .better998
  case .worse: return .worse998
  case .higher: return .higher998
  case .lower: return .lower998
  default: return at95
  }
}

/// Compares by the indicator's configured method.
public func compareWithBenchmark(
  _ figures: ObservationFigures, benchmark: Double?, polarity: Polarity,
  method: ComparisonMethod
) -> BenchmarkComparison {
  switch method {
  case .ciOverlap95:
    compareWithBenchmark(
      value: figures.value, interval: figures.ci95, benchmark: benchmark, polarity: polarity)
  case .ciOverlap998:
    compareWithBenchmark(
      value: figures.value, interval: figures.ci998, benchmark: benchmark, polarity: polarity)
  case .twoLevel:
    compareWithBenchmarkTwoLevel(
      value: figures.value, interval95: figures.ci95, interval998: figures.ci998,
      benchmark: benchmark, polarity: polarity)
  }
}
