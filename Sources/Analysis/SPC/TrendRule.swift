/// The *trend* rule: `length` or more consecutive points each strictly higher (or lower) than
/// the one before; a tie breaks the run. Every point of the run, its first included, is flagged.
public func trendPoints(_ values: [Double], length: Int) -> [SPCRule?] {
  var flags = [SPCRule?](repeating: nil, count: values.count)
  guard values.count >= 2 else { return flags }
  // steps[i] is the direction from point i to point i + 1.
  let steps: [Int] = (0..<(values.count - 1)).map { i in
    values[i + 1] > values[i] ? 1 : (values[i + 1] < values[i] ? -1 : 0)
  }
  var start = 0
  while start < steps.count {
    var end = start
    while end + 1 < steps.count && steps[end + 1] == steps[start] { end += 1 }
    // steps start...end join points start...end + 1.
    if steps[start] != 0 && end - start + 2 >= length {
      for i in start...(end + 1) { flags[i] = steps[start] > 0 ? .trendUp : .trendDown }
    }
    start = end + 1
  }
  return flags
}
