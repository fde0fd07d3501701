/// The *shift* rule: `length` or more consecutive points strictly on one side of the mean; a
/// point on the mean breaks the run. Every point of a qualifying run is flagged.
public func shiftPoints(_ values: [Double], means: [Double], length: Int) -> [SPCRule?] {
  let sides: [Int] = zip(values, means).map { value, mean in
    value > mean ? 1 : (value < mean ? -1 : 0)
  }
  return flagRuns(sides, length: length) { $0 > 0 ? .shiftAbove : .shiftBelow }
}

/// Flags every element of each run of equal non-zero signs at least `length` long.
func flagRuns(_ signs: [Int], length: Int, rule: (Int) -> SPCRule) -> [SPCRule?] {
  var flags = [SPCRule?](repeating: nil, count: signs.count)
  var start = 0
  while start < signs.count {
    var end = start
    while end + 1 < signs.count && signs[end + 1] == signs[start] { end += 1 }
    if signs[start] != 0 && end - start + 1 >= length {
      for i in start...end { flags[i] = rule(signs[start]) }
    }
    start = end + 1
  }
  return flags
}
