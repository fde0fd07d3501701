/// A geography with a code (ONS `E08000007`) and a name.
public struct Area: Hashable, Sendable {
  public var code: String
  public var name: String

  public init(code: String, name: String) {
    self.code = code
    self.name = name
  }
}

/// What part a comparator area plays in the pack.
public enum ComparatorRole: String, CaseIterable, Sendable, Codable {
  /// England: "significantly worse than England" is a default exception.
  case national
  /// The region, e.g. the North West.
  case region
  /// Any other named area the board compares with (e.g. Leeds).
  case named
}

/// A benchmark area, shown beside the pack's area wherever it has data.
public struct ComparatorArea: Hashable, Sendable {
  public var area: Area
  public var role: ComparatorRole

  public init(area: Area, role: ComparatorRole) {
    self.area = area
    self.role = role
  }
}

/// A named group of areas (e.g. statistical neighbours), shown as group mean, rank and quartile.
public struct ComparatorGroup: Hashable, Sendable {
  public var id: String
  public var name: String
  public var members: [Area]

  public init(id: String, name: String, members: [Area]) {
    self.id = id
    self.name = name
    self.members = members
  }
}

/// A section of the pack; indicators name one by id.
public struct Theme: Hashable, Sendable, Identifiable {
  public var id: String
  public var title: String

  public init(id: String, title: String) {
    self.id = id
    self.title = title
  }
}
