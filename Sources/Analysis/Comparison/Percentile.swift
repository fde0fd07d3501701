import IndicatorModel

/// Excel PERCENTILE.INC (R `quantile(type = 7)`) of values already sorted ascending.
public func percentileInclusive(_ sorted: [Double], _ p: Double) -> Double? {
  guard !sorted.isEmpty, p >= 0, p <= 1 else { return nil }
  let h = Double(sorted.count - 1) * p
  let low = Int(h.rounded(.down))
  let high = min(low + 1, sorted.count - 1)
  return sorted[low] + (h - Double(low)) * (sorted[high] - sorted[low])
}

/// Bin bounds for `bins` equal-count bins (FT `QuintilesCalculator`): the minimum, then the
/// PERCENTILE.INC at 1/bins, 2/bins, …, 1. Nil with fewer than `minimumCount` values.
public func binBounds(_ values: [Double], bins: Int, minimumCount: Int) -> [Double]? {
  guard bins > 0, values.count >= max(1, minimumCount) else { return nil }
  let sorted = values.sorted()
  return (0...bins).compactMap { percentileInclusive(sorted, Double($0) / Double(bins)) }
}

/// The 1-based bin of a value: the first bin whose upper bound is ≥ the value.
public func bin(of value: Double, bounds: [Double]) -> Int? {
  guard bounds.count >= 2 else { return nil }
  for index in 1..<bounds.count where value <= bounds[index] { return index }
  return nil
}
