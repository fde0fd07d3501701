import Mustache

// Template lookups by name, without reflection: swift-mustache otherwise finds every `{{name}}`
// with a `Mirror` of the whole context value, boxing each of its fields. Each case is the field
// of the same name, so templates see exactly the fields (TemplateLookupTests checks every one
// against the Mirror).

extension ExceptionContext: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "id": self.id
    case "title": self.title
    case "severity": self.severity
    case "severityLabel": self.severityLabel
    case "rag": self.rag
    case "latest": self.latest
    case "target": self.target
    case "reasons": self.reasons
    case "evidence": self.evidence
    case "chart": self.chart
    case "commentary": self.commentary
    case "actions": self.actions
    case "hasActions": self.hasActions
    default: nil
    }
  }
}

extension EvidenceContext: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "label": self.label
    case "text": self.text
    default: nil
    }
  }
}

extension ThemeContext: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "id": self.id
    case "title": self.title
    case "indicators": self.indicators
    default: nil
    }
  }
}
