import Mustache

extension TemplateError {
  /// A swift-mustache parser error in words a performance officer can act on; the dashboard's
  /// templates and the email templates both use it, so both name template faults the same way.
  public static func words(for error: Error) -> String {
    switch error as? MustacheTemplate.Error {
    case .sectionCloseNameIncorrect?:
      "a section is closed with a different name from the one that opened it"
    case .unfinishedName?: "a tag is not finished (expected \"}}\")"
    case .expectedSectionEnd?: "a section is opened and never closed (expected \"{{/name}}\")"
    case .invalidSetDelimiter?: "the set-delimiter tag is malformed"
    case .transformAppliedToInheritanceSection?:
      "a transform cannot be applied to an inherited section"
    case .illegalTokenInsideInheritSection?, .textInsideInheritSection?:
      "an inherited section may contain only block overrides"
    case .invalidConfigVariableSyntax?, .unrecognisedConfigVariable?:
      "the configuration tag is not recognised"
    case nil: "the template cannot be read (\(error))"
    }
  }
}
