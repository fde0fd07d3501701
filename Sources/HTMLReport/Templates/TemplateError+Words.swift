extension TemplateError {
  /// A swift-mustache parser error in words a performance officer can act on; shared with the
  /// email templates (PartnerMail) so both name template faults the same way.
  public static func words(for error: Error) -> String {
    CompiledTemplates.words(for: error)
  }
}
