import IndicatorModel
import Yams

/// Reads `commentary/<period-slug>.yaml` (design §4.4): indicator id → author, text, actions.
struct CommentaryFileReader {
  let context: YAMLContext
  /// Every indicator id defined in the pack (valid or not), for "unknown indicator".
  let indicatorIDs: [String]

  func read(_ root: Node?) -> [String: Commentary] {
    guard let root else { return [:] }
    guard case .mapping(let mapping) = root else {
      context.error(
        "a commentary file must map indicator ids to commentary, not \(root.shownAs)", at: root)
      return [:]
    }
    var entries: [String: Commentary] = [:]
    for (key, value) in mapping {
      guard let id = key.text else {
        context.error("an indicator id must be text, not \(key.shownAs)", at: key)
        continue
      }
      guard indicatorIDs.contains(id) else {
        context.error(
          "commentary for unknown indicator \(UserText.quoted(id))\(Suggestion.hint(for: id, in: indicatorIDs, listUpTo: 6))",
          at: key)
        continue
      }
      guard
        let map = MappingReader(
          value, context: context, path: id, keys: ["author", "text", "actions"],
          required: ["text"]),
        let text = map.string("text", lines: .several)
      else { continue }
      var actions: [Action] = []
      for item in map.list("actions") ?? [] {
        guard
          let action = MappingReader(
            item, context: context, path: "\(id).actions",
            keys: ["owner", "action", "due", "id", "status"],
            required: ["owner", "action"]),
          let owner = action.string("owner"), let what = action.string("action", lines: .several)
        else { continue }
        let due = action.value("due").flatMap {
          ScalarParsing.date($0, name: "due", context: context)
        }
        actions.append(
          Action(
            owner: owner, action: what, due: due, id: action.string("id"),
            status: action.choice("status", ActionStatus.self)))
      }
      // Empty text is allowed: it is an entry the owner has not written yet (`check` warns).
      entries[id] = Commentary(
        indicator: id, author: map.string("author"), text: text, actions: actions,
        location: context.location(of: key),
        textLocation: map.keyNode("text").map(context.location(of:)))
    }
    return entries
  }

  /// The period a file name stands for: a label, in one of the pack's periodicities, whose slug
  /// is the name. `2013-14-q4` → `2013/14 Q4`.
  static func period(forSlug slug: String, periodicities: [Periodicity]) -> Period? {
    let parts = slug.split(separator: "-").map(String.init)
    var labels = [slug]
    if parts.count == 3 { labels.append("\(parts[0])/\(parts[1]) \(parts[2].uppercased())") }
    if parts.count == 2 {
      labels.append("\(parts[0])/\(parts[1])")
      labels.append("\(parts[0]) \(parts[1].uppercased())")
    }
    for periodicity in periodicities {
      for label in labels {
        if let period = Period(label, periodicity: periodicity), period.slug == slug {
          return period
        }
      }
    }
    return nil
  }
}
