import Foundation
import IndicatorModel

/// A context field added after boardpack's first release, with the built-in template that shows
/// it. A template copied before the field existed renders without it and says nothing, so
/// `boardpack check` warns (`TemplateSet.missingFieldWarnings`); Templates/README.md lists the
/// same fields with the same versions.
public struct AddedField: Sendable, Hashable {
  /// The template that shows it by default: `exceptions.mustache`.
  public var file: String
  /// The field's path in the context: `exceptions[].evidence`.
  public var path: String
  /// What the page misses without it.
  public var meaning: String
  /// The boardpack version it appeared in.
  public var since: String
}

extension TemplateSet {
  /// Every field added since 0.1.0, oldest first.
  public static let addedFields: [AddedField] = [
    AddedField(
      file: "exceptions.mustache", path: "exceptions[].evidence",
      meaning: "the readings beside each exception's reasons", since: "0.2.0"),
    AddedField(
      file: "exceptions.mustache", path: "exceptions[].chart",
      meaning: "each exception's headline chart", since: "0.2.0"),
    AddedField(
      file: "indicator.mustache", path: "noFigures",
      meaning: "the sentence in place of the charts of a measure with no figure yet",
      since: "0.2.0"),
    AddedField(
      file: "key.mustache", path: "key.introduction", meaning: "the key's opening sentence",
      since: "0.2.0"),
    AddedField(
      file: "key.mustache", path: "key.spcWords",
      meaning: "the SPC readings given in words only", since: "0.2.0"),
    AddedField(
      file: "key.mustache", path: "key.comparisonWords",
      meaning: "what better, similar, worse and not compared mean", since: "0.2.0"),
    AddedField(
      file: "key.mustache", path: "key.exceptionIntroduction",
      meaning: "the sentence before the exception rules", since: "0.2.0"),
    AddedField(
      file: "key.mustache", path: "key.marks",
      meaning: "the other marks on charts and tables", since: "0.2.0"),
    AddedField(
      file: "headline.mustache", path: "spcMatrix",
      meaning: "the Making Data Count summary matrix of SPC variation against assurance",
      since: "0.2.0"),
    AddedField(
      file: "exceptions.mustache", path: "carriedActions",
      meaning: "the actions from earlier meetings, due, overdue or open", since: "0.2.0"),
    AddedField(
      file: "page.mustache", path: "changes",
      meaning: "the section \"What changed since the last pack\" (the partial `changes`)",
      since: "0.2.0"),
  ]

  /// A warning for each added field that a template read from a folder (not a built-in one)
  /// never names: it was probably copied before the field existed.
  public func missingFieldWarnings() -> [Diagnostic] {
    Self.addedFields.compactMap { field in
      guard let file = files[field.file], !file.isBuiltIn, !Self.names(field, in: file.text)
      else { return nil }
      return .warning(
        "does not use `\(field.path)` (\(field.meaning), added in boardpack \(field.since)); "
          + "the built-in \(field.file) shows it: copy that part from boardpack's Templates/",
        at: SourceLocation(file: file.origin))
    }
  }

  /// Whether any Mustache tag in `text` names the field's last part (`{{#evidence}}`,
  /// `{{key.marks}}`, or `{{sentence}}` inside a section): a section can reach it either way.
  static func names(_ field: AddedField, in text: String) -> Bool {
    let last = field.path.split(separator: ".").last.map(String.init) ?? field.path
    var rest = text[...]
    while let open = rest.range(of: "{{") {
      rest = rest[open.upperBound...]
      guard let close = rest.range(of: "}}") else { break }
      let tag = rest[..<close.lowerBound].trimmingCharacters(
        in: CharacterSet(charactersIn: "{}#^/&!> ").union(.whitespaces))
      if tag.split(separator: ".").contains(where: { $0 == last }) { return true }
      rest = rest[close.upperBound...]
    }
    return false
  }
}
