import Mustache

// Template lookups by name, without reflection: swift-mustache otherwise finds every `{{name}}`
// with a `Mirror` of the whole context value, boxing each of its fields. Each case is the field
// of the same name, so templates see exactly the fields (TemplateLookupTests checks every one
// against the Mirror).

extension HeadlineContext: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "sentence": self.sentence
    case "indicators": self.indicators
    case "exceptions": self.exceptions
    case "exceptionsLabel": self.exceptionsLabel
    case "exceptionsSentence": self.exceptionsSentence
    case "statuses": self.statuses
    case "dataAsAt": self.dataAsAt
    default: nil
    }
  }
}

extension StatusCount: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "status": self.status
    case "letter": self.letter
    case "label": self.label
    case "count": self.count
    case "countLabel": self.countLabel
    default: nil
    }
  }
}

extension DataAsAt: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "label": self.label
    case "count": self.count
    case "countLabel": self.countLabel
    default: nil
    }
  }
}

extension ScorecardContext: MustacheParent {
  /// The field named `name`, for the templates.
  public func child(named name: String) -> Any? {
    switch name {
    case "nationalName": self.nationalName
    case "groupName": self.groupName
    default: nil
    }
  }
}
