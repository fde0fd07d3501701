import IndicatorModel

/// Where the area stands in a comparator group (methods.md §2): the group mean, its rank
/// among the group plus the area, and its quartile. There is no significance test here on
/// purpose: there is no official one against a group.
public struct GroupStanding: Hashable, Sendable {
  /// Mean of the members' values (the area itself not included); nil when none have data.
  public var mean: Double?
  /// 1 = best by polarity (highest for no-judgement); nil when the area has no value.
  public var rank: Int?
  /// How many values were ranked (members with data, plus the area when it has a value).
  public var of: Int
  /// 1 = best quartile, 4 = worst; nil with fewer than 4 values or no area value.
  public var quartile: Int?

  public init(mean: Double?, rank: Int?, of: Int, quartile: Int?) {
    self.mean = mean
    self.rank = rank
    self.of = of
    self.quartile = quartile
  }
}

/// The area's standing among the members' values. Ties share the better rank (1, 2, 2, 4).
public func groupStanding(areaValue: Double?, memberValues: [Double], polarity: Polarity)
  -> GroupStanding
{
  let mean =
    memberValues.isEmpty ? nil : memberValues.reduce(0, +) / Double(memberValues.count)
  guard let areaValue else {
    return GroupStanding(mean: mean, rank: nil, of: memberValues.count, quartile: nil)
  }
  let all = memberValues + [areaValue]
  let betterCount = memberValues.filter {
    polarity == .lowerIsBetter ? $0 < areaValue : $0 > areaValue
  }.count
  var quartile: Int? = nil
  // One value per quartile at least, else the quartile says nothing.
  if let bounds = binBounds(all, bins: 4, minimumCount: 4),
    let ascending = bin(of: areaValue, bounds: bounds)
  {
    quartile = polarity == .lowerIsBetter ? ascending : 5 - ascending
  }
  return GroupStanding(mean: mean, rank: betterCount + 1, of: all.count, quartile: quartile)
}
