/// Which rows of a Fingertips export to take (`boardpack import fingertips`).
public struct FingertipsOptions: Sendable {
  /// The Fingertips indicator number to take when a file holds several.
  public var fingertipsID: String?
  /// One breakdown by sex (`Persons`, `Male`, `Female`); needed when the file holds several.
  public var sex: String?
  /// One breakdown by age (`<15 yrs`); needed when the file holds several.
  public var age: String?
  /// A category (e.g. a deprivation decile) instead of the whole-area rows.
  public var category: String?
  /// Cross-check every area in the file, not only the pack's (only the pack's are written).
  public var allAreas: Bool

  /// Creates options; by default whole-area rows of the pack's areas.
  public init(
    fingertipsID: String? = nil, sex: String? = nil, age: String? = nil, category: String? = nil,
    allAreas: Bool = false
  ) {
    self.fingertipsID = fingertipsID
    self.sex = sex
    self.age = age
    self.category = category
    self.allAreas = allAreas
  }
}
