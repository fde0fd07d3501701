import IndicatorModel
import Yams

/// Reads `partners.yaml` (design §4.5).
struct PartnersFileReader {
  let context: YAMLContext
  /// The pack's theme ids; nil when pack.yaml could not be read, so themes are not checked.
  let themeIDs: [String]?
  let indicatorIDs: [String]

  func read(_ root: Node?) -> [Partner] {
    guard let root else { return [] }
    guard case .sequence(let sequence) = root else {
      context.error("partners.yaml must be a list of partners, not \(root.shownAs)", at: root)
      return []
    }
    var partners: [Partner] = []
    var seen: [String: Node] = [:]
    for item in sequence {
      guard
        let map = MappingReader(
          item, context: context, keys: ["id", "name", "recipients", "themes", "indicators"],
          required: ["id", "name", "recipients"]),
        let id = map.string("id"), let name = map.string("name"), let idNode = map.value("id"),
        SlugCheck.check(id, idNode, kind: "partner id", context: context)
      else { continue }
      if let first = seen[id], let node = map.value("id") {
        context.error(
          "duplicate partner id \"\(id)\" (first defined at \(context.location(of: first)))",
          at: node)
        continue
      }
      seen[id] = map.value("id")
      var recipients: [Mailbox] = []
      for (text, node) in map.textList("recipients", item: "recipient") ?? [] {
        do {
          recipients.append(try Mailbox(parsing: text))
        } catch {
          context.error(error.recipientMessage(text), at: node)
        }
      }
      let themes = names(map.textList("themes"), valid: themeIDs, kind: "theme")
      let indicators = names(map.textList("indicators"), valid: indicatorIDs, kind: "indicator")
      if themes.isEmpty && indicators.isEmpty, map.value("themes") == nil,
        map.value("indicators") == nil
      {
        context.warning("partner \(UserText.quoted(id)) follows no themes or indicators", at: item)
      }
      partners.append(
        Partner(
          id: id, name: name, recipients: recipients, themes: themes, indicators: indicators,
          location: context.location(of: item)))
    }
    return partners
  }

  private func names(
    _ items: [(text: String, node: Node)]?, valid: [String]?, kind: String
  ) -> [String] {
    var kept: [String] = []
    for (text, node) in items ?? [] {
      guard let valid else {
        kept.append(text)
        continue
      }
      if valid.contains(text) {
        kept.append(text)
      } else {
        context.error(
          "unknown \(kind) \(UserText.quoted(text))\(Suggestion.hint(for: text, in: valid, listUpTo: 8))",
          at: node)
      }
    }
    return kept
  }
}
