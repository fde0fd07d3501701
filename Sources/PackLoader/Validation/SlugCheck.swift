import IndicatorModel
import Yams

/// The check that an id is a slug (`Slug`), with a suggested one in the message.
enum SlugCheck {
  /// Logs and returns false when `id` is not a slug. `advice` follows the suggestion (`, and
  /// rename the file to …`).
  static func check(
    _ id: String, _ node: Node, kind: String, context: YAMLContext,
    advice: (String) -> String = { _ in "" }
  ) -> Bool {
    if Slug.isValid(id) { return true }
    let suggestion = Slug.suggestion(for: id)
    context.error(
      "\(kind) \(UserText.quoted(id)) must use only \(Slug.rule) (try \"\(suggestion)\"\(advice(suggestion)))",
      at: node)
    return false
  }
}
