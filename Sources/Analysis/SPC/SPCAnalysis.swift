import IndicatorModel

/// One period of the series an SPC chart is drawn from; missing periods have no value.
public struct SPCInput: Hashable, Sendable {
  public var period: Period
  /// The figure plotted by an XmR chart.
  public var value: Double?
  /// Used by P, U, P′ and U′ charts.
  public var numerator: Double?
  public var denominator: Double?

  public init(period: Period, value: Double?, numerator: Double? = nil, denominator: Double? = nil)
  {
    self.period = period
    self.value = value
    self.numerator = numerator
    self.denominator = denominator
  }
}

/// The SPC reading of a series, oldest first (methods.md §6).
///
/// Rebase periods start new segments, each with its own limits from its own baseline (the first
/// `options.baseline` points, else all). A segment with fewer than `options.minPoints` points
/// gets no limits and no rules. The reading, variation and assurance describe the last segment.
public func analyseSPC(
  _ series: [SPCInput], options: SPCOptions, polarity: Polarity, target: Double?,
  multiplier: Double
) -> SPCResult {
  let rebases = options.rebase.sorted()
  let segments = series.map { input in rebases.filter { $0 <= input.period }.count }
  let plotted: [Double?] = series.map { input in
    switch options.chart {
    case .xmr:
      return input.value
    case .p, .u, .pPrime, .uPrime:
      guard let x = input.numerator, let n = input.denominator, n > 0, x >= 0 else { return nil }
      return x / n * multiplier
    }
  }
  var points = series.enumerated().map { i, input in
    SPCPoint(
      period: input.period, value: plotted[i], segment: segments[i], limits: nil,
      specialCause: nil, rules: [])
  }
  var flatBySegment: [Int: Bool] = [:]
  var segmentStart = 0
  while segmentStart < series.count {
    var segmentEnd = segmentStart
    while segmentEnd + 1 < series.count && segments[segmentEnd + 1] == segments[segmentStart] {
      segmentEnd += 1
    }
    let range = segmentStart...segmentEnd
    let present = range.filter { plotted[$0] != nil }
    if present.count >= options.minPoints,
      let limits = segmentLimits(
        range: range, present: present, plotted: plotted, series: series, options: options,
        multiplier: multiplier)
    {
      for i in range { points[i].limits = limits[i - segmentStart] }
      flatBySegment[segments[segmentStart]] = present.allSatisfy {
        limits[$0 - segmentStart]?.isFlat ?? true
      }
      applyRules(to: &points, indices: present, options: options, polarity: polarity)
    }
    segmentStart = segmentEnd + 1
  }

  let lastSegment = segments.last ?? 0
  let reading: SPCReading
  if let flat = flatBySegment[lastSegment] {
    reading = flat ? .noVariation : .ok
  } else {
    reading = .insufficientData
  }
  let last = points.last { $0.value != nil }
  var variation: VariationIcon? = nil
  var assuranceIcon: AssuranceIcon? = nil
  if reading != .insufficientData, let last, let limits = last.limits {
    variation = variationIcon(last.specialCause, polarity: polarity)
    if let target {
      assuranceIcon = assurance(
        target: target, limits: limits, polarity: polarity, profile: options.profile)
    }
  }
  return SPCResult(
    chart: options.chart, profile: options.profile, reading: reading, points: points,
    variation: variation, assurance: assuranceIcon)
}

/// Limits for each point of one segment, or nil when they cannot be computed.
func segmentLimits(
  range: ClosedRange<Int>, present: [Int], plotted: [Double?], series: [SPCInput],
  options: SPCOptions, multiplier: Double
) -> [ProcessLimits?]? {
  // `baseline: N` is the first N periods of the segment, missing ones included, as qicharts2's
  // `freeze` counts rows (methods.md §6.1).
  let baselineEnd = options.baseline.map { range.lowerBound + $0 - 1 } ?? range.upperBound
  let baseline = present.filter { $0 <= baselineEnd }
  guard let lastBaseline = baseline.last else { return nil }
  switch options.chart {
  case .xmr:
    guard
      let limits = xmrLimits(
        baseline: Array(plotted[range.lowerBound...lastBaseline]), screening: options.screens)
    else { return nil }
    return Array(repeating: limits, count: range.count)
  case .p, .u, .pPrime, .uPrime:
    let limits = attributeLimits(
      chart: options.chart,
      numerators: range.map { plotted[$0] == nil ? nil : series[$0].numerator },
      denominators: range.map { plotted[$0] == nil ? nil : series[$0].denominator },
      baseline: baseline.map { $0 - range.lowerBound }, screening: options.screens)
    guard limits.contains(where: { $0 != nil }) else { return nil }
    return limits.map { $0?.scaled(by: multiplier) }
  }
}

/// Runs the four rules over a segment's points with values, and records each point's reading.
///
/// Under `mdc` a missing point is skipped: a run continues across a gap in the data (the Making
/// Data Count tools "ghost" the missing point). Under `ptd` a missing point ends every run, as in
/// NHSRplotthedots 0.2.2: its windows of 7 (shift, trend) or 3 (two-of-three) consecutive periods
/// give NA when one holds a missing value, and `case_when` reads NA as no signal
/// (`R/ptd_calculate_point_type.R`; methods.md §6.2). So the run rules see each stretch of
/// consecutive periods on its own.
func applyRules(
  to points: inout [SPCPoint], indices: [Int], options: SPCOptions, polarity: Polarity
) {
  let tested = indices.filter { points[$0].limits != nil }
  let stretches = options.profile == .ptd ? consecutiveStretches(tested) : [tested]
  for stretch in stretches {
    let values = stretch.map { points[$0].value! }
    let limits = stretch.map { points[$0].limits! }
    let byRule: [[SPCRule?]] = [
      outsidePoints(values, limits: limits),
      shiftPoints(values, means: limits.map(\.mean), length: options.shiftLength),
      trendPoints(values, length: options.trendLength),
      twoOfThreePoints(values, limits: limits, countOutside: options.profile == .mdc),
    ]
    for (k, index) in stretch.enumerated() {
      let rules = byRule.compactMap { $0[k] }
      points[index].rules = rules
      points[index].specialCause = pointReading(
        rules: rules, polarity: polarity, profile: options.profile, conflict: options.conflict)
    }
  }
}

/// Sorted indices split where one is not the next after the one before: [1, 2, 4, 5] →
/// [[1, 2], [4, 5]].
func consecutiveStretches(_ indices: [Int]) -> [[Int]] {
  var stretches: [[Int]] = []
  for index in indices {
    if let last = stretches.last?.last, last + 1 == index {
      stretches[stretches.count - 1].append(index)
    } else {
      stretches.append([index])
    }
  }
  return stretches
}
