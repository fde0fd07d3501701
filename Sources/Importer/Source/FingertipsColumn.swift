/// The columns of a Fingertips export that the import reads, matched by heading (never by
/// position), with the variants real exports use: the site's `Area Name`, older exports'
/// `AreaName`, fingertipsR's `AreaName` and `LowerCI95.0limit`.
enum FingertipsColumn: String, CaseIterable {
  case indicatorID = "Indicator ID"
  case indicatorName = "Indicator Name"
  case parentCode = "Parent Code"
  case parentName = "Parent Name"
  case areaCode = "Area Code"
  case areaName = "Area Name"
  case areaType = "Area Type"
  case sex = "Sex"
  case age = "Age"
  case categoryType = "Category Type"
  case category = "Category"
  case timePeriod = "Time period"
  case value = "Value"
  case lower95 = "Lower CI 95.0 limit"
  case upper95 = "Upper CI 95.0 limit"
  case count = "Count"
  case denominator = "Denominator"
  case valueNote = "Value note"
  case recentTrend = "Recent Trend"
  case timePeriodSortable = "Time period Sortable"

  /// Every heading key (`ColumnName.key`) this column is known by.
  var keys: [String] {
    var names = [rawValue]
    switch self {
    case .lower95: names += ["Lower CI 95 limit", "Lower CI 95%", "LowerCI95"]
    case .upper95: names += ["Upper CI 95 limit", "Upper CI 95%", "UpperCI95"]
    case .valueNote: names += ["Note"]
    case .timePeriodSortable: names += ["Timeperiod Sortable", "Time period sortable"]
    default: break
    }
    return names.map(ColumnName.key)
  }

  /// The columns without which rows cannot be read.
  static let required: [FingertipsColumn] = [.indicatorID, .areaCode, .timePeriod, .value]
}

/// Where each Fingertips column is in one export's header.
struct FingertipsHeader {
  var index: [FingertipsColumn: Int] = [:]
  /// "Compared to England value or percentiles" (any heading starting "Compared to England").
  var englandComparison: Int?
  /// "Compared to parent …", "Compared to Region …", "Compared to <name> …", with the name.
  var parentComparison: (index: Int, name: String)?

  init(_ headings: [String]) {
    for (i, heading) in headings.enumerated() {
      let key = ColumnName.key(heading)
      if let column = FingertipsColumn.allCases.first(where: { $0.keys.contains(key) }),
        index[column] == nil
      {
        index[column] = i
      } else if key.hasPrefix("comparedtoengland") {
        englandComparison = englandComparison ?? i
      } else if key.hasPrefix("comparedto"), !key.hasPrefix("comparedtogoal"),
        parentComparison == nil
      {
        parentComparison = (i, Self.comparatorName(heading))
      }
    }
  }

  /// `Compared to Region value or percentiles` → `Region`; `parent` stays `parent`.
  static func comparatorName(_ heading: String) -> String {
    var name = heading.trimmingCharacters(in: .whitespaces)
    for prefix in ["Compared to ", "Comparedto"] where name.hasPrefix(prefix) {
      name = String(name.dropFirst(prefix.count))
    }
    for suffix in [" value or percentiles", "valueorpercentiles"] where name.hasSuffix(suffix) {
      name = String(name.dropLast(suffix.count))
    }
    return name
  }
}
