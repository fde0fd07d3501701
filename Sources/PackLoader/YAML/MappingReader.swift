import Foundation
import IndicatorModel
import Yams

/// Reads one YAML mapping against a schema of known keys, reporting unknown keys (with the
/// nearest known one), missing required keys and values of the wrong type.
///
/// Typed getters return nil both when a key is absent and when its value is wrong; in the second
/// case they have already logged why, so callers only decide what a missing value means.
struct MappingReader {
  let context: YAMLContext
  /// The mapping node itself, where "missing key" errors point.
  let node: Node
  /// The dotted path of this mapping (`measure`), empty at the top of a file.
  let path: String
  private let entries: [String: (key: Node, value: Node)]

  /// Reads `node` as a mapping; logs and returns nil when it is something else.
  init?(
    _ node: Node, context: YAMLContext, path: String = "", keys: [String],
    required: [String] = []
  ) {
    guard case .mapping(let mapping) = node else {
      let what = path.isEmpty ? "the file" : path
      context.error("\(what) must be a mapping of keys and values, not \(node.shownAs)", at: node)
      return nil
    }
    self.context = context
    self.node = node
    self.path = path
    var entries: [String: (key: Node, value: Node)] = [:]
    for (key, value) in mapping {
      guard let name = key.text else {
        context.error("a key must be text, not \(key.shownAs)", at: key)
        continue
      }
      if keys.contains(name) {
        entries[name] = (key, value)
      } else {
        let place = path.isEmpty ? "" : " in \(path)"
        context.error(
          "unknown key \(UserText.quoted(name))\(place)\(Suggestion.hint(for: name, in: keys, listUpTo: 8))",
          at: key)
      }
    }
    self.entries = entries
    for key in required where entries[key].map({ $0.value.isNull }) ?? true {
      if let entry = entries[key] {
        context.error("\(qualified(key)) must have a value", at: entry.key)
      } else {
        context.error("missing required key \"\(qualified(key))\"", at: node)
      }
    }
  }

  /// `measure.type` for key `type` in `measure`.
  func qualified(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

  /// The value node, nil when absent or null.
  func value(_ key: String) -> Node? {
    guard let entry = entries[key], !entry.value.isNull else { return nil }
    return entry.value
  }

  /// The key node, for errors about the entry as a whole.
  func keyNode(_ key: String) -> Node? { entries[key]?.key }

  /// Logs a type error for a key's value.
  func wrongType(_ key: String, _ expected: String, _ node: Node) {
    context.error("\(qualified(key)) must be \(expected), not \(node.shownAs)", at: node)
  }

  /// Text of one line, or of several where `lines` is `.several` (a description, commentary);
  /// never a control character.
  func string(_ key: String, lines: UserText.Lines = .one) -> String? {
    guard let node = value(key) else { return nil }
    guard let text = node.text else {
      wrongType(key, "text", node)
      return nil
    }
    return ScalarParsing.text(text, node, name: qualified(key), lines: lines, context: context)
  }

  func number(_ key: String) -> Double? {
    guard let node = value(key) else { return nil }
    return ScalarParsing.number(node, name: qualified(key), context: context)
  }

  func integer(_ key: String, in range: ClosedRange<Int>? = nil) -> Int? {
    guard let node = value(key) else { return nil }
    guard let text = node.text, let number = Int(text.trimmingSpaces()) else {
      wrongType(key, "a whole number", node)
      return nil
    }
    if let range, !range.contains(number) {
      context.error(
        "\(qualified(key)) must be \(range.upperBound == Int.max ? "at least \(range.lowerBound)" : "from \(range.lowerBound) to \(range.upperBound)"), not \(number)",
        at: node)
      return nil
    }
    return number
  }

  func bool(_ key: String) -> Bool? {
    guard let node = value(key) else { return nil }
    switch node.text?.lowercased() {
    case "true", "yes": return true
    case "false", "no": return false
    default:
      wrongType(key, "true or false", node)
      return nil
    }
  }

  /// A value from a fixed set, such as `measure.type`; suggests the nearest on a typo.
  func choice<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type) -> E?
  where E.RawValue == String {
    guard let node = value(key) else { return nil }
    return ScalarParsing.choice(node, type, name: qualified(key), context: context)
  }

  /// A list of scalars of one line each, with their nodes for locating errors; `item` names
  /// one in messages (`recipient`). A single scalar is not a list.
  func textList(_ key: String, item itemName: String? = nil) -> [(text: String, node: Node)]? {
    guard let nodes = list(key) else { return nil }
    var items: [(String, Node)] = []
    for item in nodes {
      guard let text = item.text, !item.isNull else {
        context.error("each item of \(qualified(key)) must be text, not \(item.shownAs)", at: item)
        continue
      }
      guard
        let checked = ScalarParsing.text(
          text, item, name: itemName ?? "an item of \(qualified(key))", lines: .one,
          context: context)
      else { continue }
      items.append((checked, item))
    }
    return items
  }

  func list(_ key: String) -> [Node]? {
    guard let node = value(key) else { return nil }
    guard case .sequence(let sequence) = node else {
      wrongType(key, "a list", node)
      return nil
    }
    return Array(sequence)
  }

  /// A nested mapping, read against its own keys.
  func mapping(_ key: String, keys: [String], required: [String] = []) -> MappingReader? {
    guard let node = value(key) else { return nil }
    return MappingReader(
      node, context: context, path: qualified(key), keys: keys, required: required)
  }
}
