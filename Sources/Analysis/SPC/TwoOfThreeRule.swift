/// The *two-of-three* rule: in a window of 3 consecutive points all strictly on one side of the
/// mean, at least 2 beyond the near (2-sigma) limit on that side; only those points are flagged.
///
/// - Parameter countOutside: whether points beyond the process limit count as beyond the near
///   limit (`mdc`, the Making Data Count rule since November 2023) or not (`ptd`).
public func twoOfThreePoints(_ values: [Double], limits: [ProcessLimits], countOutside: Bool)
  -> [SPCRule?]
{
  var flags = [SPCRule?](repeating: nil, count: values.count)
  guard values.count >= 3 else { return flags }
  func beyond(_ i: Int, above: Bool) -> Bool {
    let v = values[i]
    let l = limits[i]
    if above { return v > l.upperNear && (countOutside || v <= l.upper) }
    return v < l.lowerNear && (countOutside || v >= l.lower)
  }
  for start in 0...(values.count - 3) {
    let window = start..<(start + 3)
    for above in [true, false] {
      let sameSide = window.allSatisfy {
        above ? values[$0] > limits[$0].mean : values[$0] < limits[$0].mean
      }
      guard sameSide else { continue }
      let hits = window.filter { beyond($0, above: above) }
      if hits.count >= 2 {
        for i in hits { flags[i] = above ? .twoOfThreeAbove : .twoOfThreeBelow }
      }
    }
  }
  return flags
}
