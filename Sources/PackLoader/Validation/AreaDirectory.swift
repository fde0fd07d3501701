import IndicatorModel

/// The areas a data row may name, by code or by name (names resolve to codes).
struct AreaDirectory: Sendable {
  private var byCode: [String: Area] = [:]
  private var byName: [String: String] = [:]

  init(_ areas: [Area]) {
    for area in areas {
      byCode[area.code] = area
      if area.name != area.code { byName[area.name.lowercased()] = area.code }
    }
  }

  func code(for text: String) -> String? {
    if byCode[text] != nil { return text }
    return byName[text.lowercased()]
  }

  /// Every code and name, for suggestions.
  var spellings: [String] {
    byCode.values.sorted { $0.code < $1.code }.flatMap {
      $0.name == $0.code ? [$0.code] : [$0.code, $0.name]
    }
  }
}
