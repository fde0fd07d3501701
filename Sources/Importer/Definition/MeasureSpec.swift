import IndicatorModel
import PackLoader

/// A measure type and multiplier as the officer writes it (`--measure rate:10000`), or as read
/// from the export's own figures.
public struct MeasureSpec: Sendable, Hashable {
  /// The measure type.
  public var type: MeasureType
  /// The multiplier (100 for a percentage, 10000 for a rate per 10,000).
  public var multiplier: Double

  /// Creates a spec.
  public init(type: MeasureType, multiplier: Double) {
    self.type = type
    self.multiplier = multiplier
  }

  /// Reads `rate:10000`, `proportion` (×100), `proportion:1000`, `count`, `value`.
  public init?(_ text: String) {
    let parts = text.lowercased().split(separator: ":", maxSplits: 1)
    guard let first = parts.first, let type = MeasureType(rawValue: String(first)) else {
      return nil
    }
    var multiplier = type == .proportion ? 100.0 : 1.0
    if parts.count == 2 {
      guard let m = Double(parts[1].replacingOccurrences(of: ",", with: "")), m > 0 else {
        return nil
      }
      multiplier = m
    }
    self.init(type: type, multiplier: multiplier)
  }

  /// The measure as a definition writes it: unit from the multiplier, CI published or computed.
  func measure(hasPublishedCIs: Bool) -> Measure {
    let unit: String
    switch type {
    case .proportion where multiplier == 100: unit = "%"
    case .proportion, .rate:
      unit = multiplier == 1 ? "" : "per \(NumberFormat.format(multiplier, decimals: 0))"
    case .count, .value: unit = ""
    }
    return Measure(
      type: type, multiplier: multiplier, unit: unit, decimals: 1,
      ci: hasPublishedCIs ? .supplied : nil)
  }

  /// The spec the export's figures show: the multiplier that makes value = count ÷
  /// denominator × multiplier for most rows (percent → proportion, else a rate); nil when
  /// the rows do not say.
  static func inferred(from rows: [ImportedRow]) -> MeasureSpec? {
    func number(_ text: String?) -> Double? {
      guard let text, case .number(let value, _) = CellNumberReading(text) else { return nil }
      return value
    }
    let ratios = rows.compactMap { row -> Double? in
      guard let value = number(row.cells["value"]), let x = number(row.cells["numerator"]),
        let n = number(row.cells["denominator"]), x > 0, n > 0
      else { return nil }
      return value / (x / n)
    }
    guard !ratios.isEmpty else { return nil }
    for multiplier in [100.0, 1000, 10000, 100000, 1] {
      // Published counts are often rounded (to 5 for small numbers), so allow 2%.
      let fits = ratios.filter { abs($0 / multiplier - 1) < 0.02 }.count
      if fits * 2 > ratios.count {
        return MeasureSpec(type: multiplier == 100 ? .proportion : .rate, multiplier: multiplier)
      }
    }
    return nil
  }
}
