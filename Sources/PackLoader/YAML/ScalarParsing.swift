import IndicatorModel
import Yams

/// Typed readings of YAML scalars shared by mapping keys and list items.
enum ScalarParsing {
  /// Text a field may hold: no control character (a line break or tab only where `lines` is
  /// `.several`), so nothing that reaches an SVG, a page or an email header is malformed there.
  static func text(
    _ text: String, _ node: Node, name: String, lines: UserText.Lines, context: YAMLContext
  ) -> String? {
    guard let scalar = UserText.forbiddenScalar(in: text, lines: lines) else { return text }
    if lines == .one, scalar == "\n" || scalar == "\r" {
      context.error(
        "\(name) \(UserText.quoted(text)) must be one line (it holds a line break)", at: node)
    } else {
      context.error(
        "\(name) \(UserText.quoted(text)) holds \(UserText.describe(scalar)); remove it", at: node)
    }
    return nil
  }

  /// A finite number; `55%` gets the hint to set the unit instead.
  static func number(_ node: Node, name: String, context: YAMLContext) -> Double? {
    guard let text = node.text else {
      context.error("\(name) must be a number, not \(node.shownAs)", at: node)
      return nil
    }
    switch NumberText.parse(text) {
    case .number(let value, _): return value
    case .missing, .invalid:
      context.error("\(name) \(NumberText.notANumber(text))", at: node)
      return nil
    }
  }

  static func choice<E: RawRepresentable & CaseIterable>(
    _ node: Node, _ type: E.Type, name: String, context: YAMLContext
  ) -> E? where E.RawValue == String {
    let options = E.allCases.map(\.rawValue)
    guard let text = node.text else {
      context.error("\(name) must be one of \(options.joined(separator: ", "))", at: node)
      return nil
    }
    if let value = E(rawValue: text) { return value }
    context.error(
      "unknown \(name) \(UserText.quoted(text))\(Suggestion.hint(for: text, in: options))", at: node
    )
    return nil
  }

  /// A period label in one periodicity; on a mismatch says what the label should look like.
  static func period(
    _ node: Node, periodicity: Periodicity, name: String, context: YAMLContext
  ) -> Period? {
    guard let text = node.text else {
      context.error("\(name) must be a period label, not \(node.shownAs)", at: node)
      return nil
    }
    if let period = Period(text, periodicity: periodicity) { return period }
    context.error(PeriodText.mismatch(text, periodicity: periodicity, name: name), at: node)
    return nil
  }

  /// A date written `YYYY-MM-DD`.
  static func date(_ node: Node, name: String, context: YAMLContext) -> CalendarDate? {
    guard let text = node.text, let period = Period(text, periodicity: .date) else {
      context.error("\(name) must be a date written YYYY-MM-DD, not \(node.shownAs)", at: node)
      return nil
    }
    return period.start
  }
}

/// Messages about period labels, shared by YAML and CSV readers.
enum PeriodText {
  static func mismatch(_ text: String, periodicity: Periodicity, name: String) -> String {
    "\(name) \(UserText.quoted(text)) does not fit periodicity \(periodicity.rawValue) (expected a label like \"\(periodicity.example)\")"
  }
}
