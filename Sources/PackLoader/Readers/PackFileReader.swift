import Foundation
import IndicatorModel
import Yams

/// What pack.yaml holds, before the indicators are known.
struct PackHeader {
  var id: String
  var title: String
  var organisation: String
  var board: String
  var area: Area
  var comparators: [ComparatorArea] = []
  var groups: [ComparatorGroup] = []
  /// The `period:` label, resolved once the indicators' periodicities are known.
  var periodNode: Node?
  var themes: [Theme] = []
  var themeNodes: [String: Node] = [:]
  var rules = RulesConfig()
  var branding = Branding()
  /// `branding.logo`'s value, for errors about the file it names.
  var logoNode: Node?
}

/// Reads `pack.yaml` (design §4.1).
struct PackFileReader {
  let context: YAMLContext

  static let keys = [
    "id", "title", "organisation", "board", "area", "comparators", "period", "themes", "rules",
    "branding",
  ]
  static let required = ["id", "title", "organisation", "board", "area", "themes"]

  func read(_ root: Node?) -> PackHeader? {
    guard let root else {
      context.log.error(
        "pack.yaml is empty (it needs \(Self.required.joined(separator: ", ")))",
        at: SourceLocation(file: context.path))
      return nil
    }
    guard
      let map = MappingReader(
        root, context: context, keys: Self.keys, required: Self.required)
    else { return nil }
    let id = map.string("id")
    let validID = id.map { id in
      map.value("id").map { SlugCheck.check(id, $0, kind: "id", context: context) } ?? false
    }
    let title = map.string("title")
    let organisation = map.string("organisation")
    let board = map.string("board")
    let area = map.value("area").flatMap { areaMap($0, path: "area") }
    let themes = readThemes(map)
    var comparators: [ComparatorArea] = []
    var groups: [ComparatorGroup] = []
    if let items = map.list("comparators") {
      (comparators, groups) = readComparators(items)
    }
    let rules = map.mapping("rules", keys: ["exceptions", "worsening_streak"]).map(readRules)
    let brandingMap = map.mapping("branding", keys: ["logo", "colour", "font"])
    let branding = brandingMap.map(readBranding)
    guard let id, validID == true, let title, let organisation, let board, let area,
      let themes
    else { return nil }
    var header = PackHeader(
      id: id, title: title, organisation: organisation, board: board, area: area)
    header.comparators = comparators
    header.groups = groups
    header.periodNode = map.value("period")
    header.themes = themes.map(\.theme)
    header.themeNodes = Dictionary(themes.map { ($0.theme.id, $0.node) }) { a, _ in a }
    header.rules = rules ?? RulesConfig()
    header.branding = branding ?? Branding()
    header.logoNode = branding?.logo == nil ? nil : brandingMap?.value("logo")
    return header
  }

  /// `{code, name}`.
  private func areaMap(_ node: Node, path: String) -> Area? {
    guard
      let map = MappingReader(
        node, context: context, path: path, keys: ["code", "name"], required: ["code", "name"]),
      let code = map.string("code"), let name = map.string("name")
    else { return nil }
    return Area(code: code, name: name)
  }

  private func readThemes(_ map: MappingReader) -> [(theme: Theme, node: Node)]? {
    guard let items = map.list("themes") else { return nil }
    var themes: [(Theme, Node)] = []
    var seen: [String: Node] = [:]
    for item in items {
      guard
        let theme = MappingReader(
          item, context: context, path: "themes", keys: ["id", "title"], required: ["id", "title"]),
        let id = theme.string("id"), let title = theme.string("title"),
        let idNode = theme.value("id"),
        SlugCheck.check(id, idNode, kind: "theme id", context: context)
      else { continue }
      if let first = seen[id] {
        context.error(
          "duplicate theme id \"\(id)\" (first defined at \(context.location(of: first)))",
          at: theme.value("id") ?? item)
        continue
      }
      seen[id] = item
      themes.append((Theme(id: id, title: title), item))
    }
    if themes.isEmpty, let node = map.value("themes"), case .sequence = node {
      context.error("themes must list at least one theme", at: node)
    }
    return themes
  }

  /// Areas (`{code, name, role}`) and groups (`{group, name, members}`).
  private func readComparators(_ items: [Node]) -> ([ComparatorArea], [ComparatorGroup]) {
    var areas: [ComparatorArea] = []
    var groups: [ComparatorGroup] = []
    for item in items {
      if case .mapping(let mapping) = item, mapping["group"] != nil {
        if let group = readGroup(item) { groups.append(group) }
        continue
      }
      guard
        let map = MappingReader(
          item, context: context, path: "comparators", keys: ["code", "name", "role"],
          required: ["code", "name"]),
        let code = map.string("code"), let name = map.string("name")
      else { continue }
      let role = map.choice("role", ComparatorRole.self) ?? PackFileReader.defaultRole(for: code)
      areas.append(ComparatorArea(area: Area(code: code, name: name), role: role))
    }
    return (areas, groups)
  }

  /// England's code is national, `E12…` codes are regions, anything else is a named area.
  static func defaultRole(for code: String) -> ComparatorRole {
    if code == "E92000001" { return .national }
    return code.hasPrefix("E12") ? .region : .named
  }

  private func readGroup(_ node: Node) -> ComparatorGroup? {
    guard
      let map = MappingReader(
        node, context: context, path: "comparators", keys: ["group", "name", "members"],
        required: ["group", "name", "members"]),
      let id = map.string("group"), let name = map.string("name"),
      let items = map.list("members")
    else { return nil }
    var members: [Area] = []
    for item in items {
      if let text = item.text, !item.isNull {
        guard
          let code = ScalarParsing.text(
            text, item, name: "a member of \(name)", lines: .one, context: context)
        else { continue }
        members.append(Area(code: code, name: code))
      } else if let area = areaMap(item, path: "members") {
        members.append(area)
      }
    }
    return ComparatorGroup(id: id, name: name, members: members)
  }

  private func readRules(_ map: MappingReader) -> RulesConfig {
    var rules = RulesConfig()
    if let items = map.list("exceptions") {
      rules.exceptions = items.compactMap {
        ScalarParsing.choice($0, RuleID.self, name: "rule", context: context)
      }
    }
    if let streak = map.integer("worsening_streak", in: 1...Int.max) {
      rules.worseningStreak = streak
    }
    return rules
  }

  private func readBranding(_ map: MappingReader) -> Branding {
    var branding = Branding()
    // The file is checked once the pack folder is known (`LoadSession.checkLogo`).
    if let logo = map.string("logo") { branding.logo = logo }
    if let colour = map.string("colour"), let node = map.value("colour") {
      let hex = colour.dropFirst()
      if colour.hasPrefix("#"), hex.count == 6, hex.allSatisfy(\.isHexDigit) {
        branding.colour = colour
      } else {
        context.error(
          "branding.colour \"\(colour)\" must be a hex colour like \"#005EA5\"", at: node)
      }
    }
    if let font = map.string("font") { branding.font = font }
    return branding
  }
}
